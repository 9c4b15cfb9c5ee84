package org.example.zoo.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.util.OptionalLong;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in user of the current request, as its access token names them. Tokens of the built-in
 * login carry the user's id ({@value #USER_ID}) and token generation ({@value #GENERATION}) besides
 * the name; an identity provider's tokens carry only a name.
 */
@RequestScoped
public class Caller {

  /** Claim: the {@code app_user} id of the token's user (a JSON number). */
  public static final String USER_ID = "uid";

  /** Claim: the user's token generation when the token was issued (a JSON number). */
  public static final String GENERATION = "gen";

  @Inject JsonWebToken token;

  /** The caller's {@code app_user} id; empty for a token without one (an identity provider's). */
  public OptionalLong userId() {
    return number(token, USER_ID);
  }

  /**
   * True when {@code user} is the caller: by id when the token names one (so a renamed user is
   * still themselves), else by name without regard to case.
   */
  public boolean is(UserAccount user) {
    OptionalLong id = number(token, USER_ID);
    if (id.isPresent()) {
      return user.getId() != null && id.getAsLong() == user.getId();
    }
    return token.getName() != null && token.getName().strip().equalsIgnoreCase(user.getUsername());
  }

  /**
   * A numeric claim of a verified token, however the JWT runtime presents it (JSON-P number, Java
   * number, or a string of digits); empty when absent or not a whole number.
   */
  public static OptionalLong number(JsonWebToken token, String claim) {
    Object value = token.getClaim(claim);
    try {
      if (value instanceof JsonNumber n) {
        return OptionalLong.of(n.longValueExact());
      }
      if (value instanceof Number n) {
        return OptionalLong.of(n.longValue());
      }
      if (value instanceof JsonString s) {
        return OptionalLong.of(Long.parseLong(s.getString()));
      }
      if (value instanceof String s) {
        return OptionalLong.of(Long.parseLong(s));
      }
    } catch (ArithmeticException | NumberFormatException notWhole) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }
}
