package org.example.zoo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.example.zoo.persistence.UtcTimestamps;
import org.example.zoo.web.ApiException;
import org.example.zoo.web.ProblemType;

/**
 * The built-in login: checks a password against the users table, counts failures and locks the
 * account after too many, and issues tokens. The same answer for an unknown user and a wrong
 * password, in the same time.
 */
@ApplicationScoped
public class AuthService {

  private static final Logger LOG = Logger.getLogger(AuthService.class.getName());
  static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);

  @Inject UserAccountRepository users;
  @Inject AuthConfig config;
  @Inject AuthSetup setup;

  Clock clock = UtcTimestamps.CLOCK;

  public TokenResponse login(LoginRequest request) {
    TokenIssuer issuer = issuer();
    String username = request.username().strip();
    char[] password = request.password().toCharArray();
    Optional<UserAccount> found = users.findByUsername(username);
    if (found.isEmpty()) {
      PasswordHashing.verifyNothing(password);
      LOG.info(() -> "Login failed: unknown user name");
      throw failed();
    }
    UserAccount user = found.get();
    Instant now = clock.instant();
    if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)) {
      throw locked(Duration.between(now, user.getLockedUntil()));
    }
    if (!PasswordHashing.verify(password, user.getPasswordHash())) {
      users.recordFailure(user.getId(), now, config.maxFailures(), config.lockout(), MAX_LOCKOUT);
      LOG.info(() -> "Login failed for " + user.getUsername() + ": wrong password");
      throw failed();
    }
    String rehash =
        PasswordHashing.needsRehash(user.getPasswordHash()) ? PasswordHashing.hash(password) : null;
    users.recordSuccess(user.getId(), now, rehash);
    return response(issuer.issue(user.getUsername(), user.getRole()), user);
  }

  /**
   * A fresh token for the bearer of a valid one, with the role the users table holds now (so a
   * changed role takes effect at the next renewal at the latest).
   */
  public TokenResponse renew(String username) {
    TokenIssuer issuer = issuer();
    UserAccount user =
        users
            .findByUsername(username)
            .orElseThrow(
                () ->
                    new ApiException(
                        ProblemType.UNAUTHENTICATED,
                        "This token's user is not a user of the built-in login; renew it where it"
                            + " was issued."));
    Instant now = clock.instant();
    if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)) {
      throw locked(Duration.between(now, user.getLockedUntil()));
    }
    return response(issuer.issue(user.getUsername(), user.getRole()), user);
  }

  private TokenIssuer issuer() {
    return setup
        .issuer()
        .orElseThrow(
            () ->
                new ApiException(
                    ProblemType.NOT_FOUND,
                    "The built-in login is off (ZOO_AUTH_LOGIN=false): sign in with the identity"
                        + " provider."));
  }

  private static TokenResponse response(TokenIssuer.Issued issued, UserAccount user) {
    return new TokenResponse(
        issued.token(),
        "Bearer",
        issued.expiresAt(),
        Duration.between(issued.issuedAt(), issued.expiresAt()).toSeconds(),
        user.getUsername(),
        user.getRole().groupName());
  }

  private static ApiException failed() {
    return new ApiException(ProblemType.LOGIN_FAILED, "The user name or the password is wrong.");
  }

  static ApiException locked(Duration remaining) {
    return new LoginLocked(remaining);
  }

  /** 429 with Retry-After: the account is locked after too many failed logins. */
  public static final class LoginLocked extends ApiException {

    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    LoginLocked(Duration remaining) {
      super(
          ProblemType.LOGIN_LOCKED,
          "Too many failed logins: this account is locked for "
              + Math.max(1, remaining.toSeconds())
              + " more seconds.");
      this.retryAfterSeconds = Math.max(1, remaining.toSeconds() + 1);
    }

    @Override
    public Map<String, String> headers() {
      return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
  }
}
