package org.example.zoo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.example.zoo.persistence.UtcTimestamps;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.user.PasswordHashing;
import org.example.zoo.user.UserAccount;
import org.example.zoo.user.UserAccountRepository;

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
  @Inject SessionRepository sessions;
  @Inject AuthConfig config;
  @Inject AuthSetup setup;

  Clock clock = UtcTimestamps.CLOCK;

  /**
   * A successful sign-in: the access token, and the refresh token of the browser session it starts
   * (for the zoo_session cookie) with how long that session lasts.
   */
  public record SignedIn(TokenResponse token, String sessionToken, Duration sessionLifetime) {

    @Override
    public String toString() {
      return "SignedIn[" + token.username() + "]";
    }
  }

  public SignedIn login(LoginRequest request) {
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
      // Timed after the hash check, which takes a while: a lock-out lasts its full length.
      users.recordFailure(
          user.getId(), clock.instant(), config.maxFailures(), config.lockout(), MAX_LOCKOUT);
      LOG.info(() -> "Login failed for " + user.getUsername() + ": wrong password");
      throw failed();
    }
    String rehash =
        PasswordHashing.needsRehash(user.getPasswordHash()) ? PasswordHashing.hash(password) : null;
    users.recordSuccess(user.getId(), now, rehash);
    TokenResponse token = response(issuer.issue(user.getUsername(), user.getRole()), user);
    Duration lifetime = config.sessionLifetime();
    String sessionToken = SessionTokens.generate();
    sessions.start(
        user.getId(),
        SessionTokens.hash(sessionToken),
        UUID.randomUUID().toString(),
        now,
        now.plus(lifetime));
    return new SignedIn(token, sessionToken, lifetime);
  }

  /**
   * Renews a browser session: the cookie's refresh token, if it is its family's current one, is
   * replaced by a new one (same family, same end) and a fresh access token is issued with the role
   * the users table holds now. A token that was already replaced means that someone else holds a
   * copy of the session (or held it before its owner renewed): the whole family is revoked.
   */
  public SignedIn renewSession(String sessionToken) {
    TokenIssuer issuer = issuer();
    Instant now = clock.instant();
    if (!SessionTokens.wellFormed(sessionToken)) {
      throw SessionEnded.clearing("No session: sign in.");
    }
    SessionRepository.StoredToken stored =
        sessions
            .findByHash(SessionTokens.hash(sessionToken))
            .orElseThrow(
                () -> SessionEnded.clearing("The session has ended (signed out?): sign in again."));
    if (!stored.expiresAt().isAfter(now)) {
      sessions.revokeFamily(stored.familyId());
      throw SessionEnded.clearing("The session has expired: sign in again.");
    }
    if (stored.replacedAt() != null) {
      sessions.revokeFamily(stored.familyId());
      LOG.warning(
          () ->
              "A replaced session token was presented again (user id "
                  + stored.userId()
                  + ", session "
                  + stored.familyId()
                  + "): someone else may hold a copy; the session is revoked.");
      throw SessionEnded.clearing(
          "This session cookie was already used and the session is now revoked: sign in again.");
    }
    UserAccount user =
        users
            .find(stored.userId())
            .orElseThrow(() -> SessionEnded.clearing("The session's user no longer exists."));
    if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)) {
      throw locked(Duration.between(now, user.getLockedUntil()));
    }
    String next = SessionTokens.generate();
    if (!sessions.rotate(stored, SessionTokens.hash(next), now)) {
      // Another request renewed this very token a moment ago; its answer carries the new cookie.
      throw new SessionEnded(
          "This session was renewed by another request at the same moment: try again.", false);
    }
    TokenResponse token = response(issuer.issue(user.getUsername(), user.getRole()), user);
    return new SignedIn(token, next, Duration.between(now, stored.expiresAt()));
  }

  /** Signs out: revokes the session of this refresh token, if there is one. */
  public void signOut(String sessionToken) {
    if (!SessionTokens.wellFormed(sessionToken)) {
      return;
    }
    sessions
        .findByHash(SessionTokens.hash(sessionToken))
        .ifPresent(stored -> sessions.revokeFamily(stored.familyId()));
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
}
