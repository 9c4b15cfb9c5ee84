package org.example.zoo.user;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.example.zoo.problem.ApiException;

/**
 * Which passwords may be set, after NIST SP 800-63B: at least {@value #MIN_LENGTH} characters, not
 * only spaces, and not easy to guess — no common or breached password, no repeats ({@code
 * aaaaaaaaaaaa}, {@code passwordpassword}), sequences ({@code 123456789012}) or keyboard patterns,
 * nor the user's own name or the zoo's. No composition rules (digits, capitals, symbols): the
 * standard advises against them. Guessability is zxcvbn's estimate; a password needs at least 10^8
 * guesses (its score 3), which any three unrelated words pass.
 *
 * <p>Every place that sets a password asks here: the users API and the first administrator.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;
  private static final int MIN_SCORE = 3;
  private static final List<String> CONTEXT_WORDS = List.of("zoo", "keeper", "admin", "viewer");

  private PasswordPolicy() {}

  /** Why this password may not be used, or empty when it may; {@code username} may be null. */
  public static Optional<String> weakness(String password, String username) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return Optional.of("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
    }
    if (password.isBlank()) {
      return Optional.of("must not be only spaces");
    }
    List<String> context = new ArrayList<>(CONTEXT_WORDS);
    if (username != null && !username.isBlank()) {
      String name = username.strip().toLowerCase(Locale.ROOT);
      if (password.toLowerCase(Locale.ROOT).contains(name)) {
        return Optional.of("must not contain the user name");
      }
      context.add(name);
    }
    Strength strength = Estimator.ZXCVBN.measure(password, context);
    if (strength.getScore() >= MIN_SCORE) {
      return Optional.empty();
    }
    String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
    return Optional.of(
        "is too easy to guess"
            + (warning == null || warning.isBlank() ? "" : " (" + sentence(warning) + ")")
            + "; a few unrelated words make a good password");
  }

  /** A 400 naming {@code field} when the password may not be used. */
  public static void require(String password, String username, String field) {
    weakness(password, username)
        .ifPresent(
            message -> {
              throw ApiException.invalid(field, message);
            });
  }

  private static String sentence(String warning) {
    String text = warning.strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** Loads zxcvbn's dictionaries once, at the first use (about 50 ms); thread-safe after that. */
  private static final class Estimator {
    static final Zxcvbn ZXCVBN = new Zxcvbn();
  }
}
