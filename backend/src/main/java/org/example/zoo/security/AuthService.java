package org.example.zoo.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.logging.Logger;
import org.example.zoo.persistence.UtcTimestamps;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.user.Lockout;
import org.example.zoo.user.PasswordHashing;
import org.example.zoo.user.UserAccount;
import org.example.zoo.user.UserAccountRepository;
import org.example.zoo.user.UserAccountRepository.Attempt;

/**
 * The built-in login: checks a password against the users table, counts failures and locks the name
 * after too many, and issues tokens. The same answers for an unknown user and a wrong password,
 * lock-out included, in the same time.
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

  LoginThrottle throttle;
  UnknownNames unknownNames;

  @PostConstruct
  void limits() {
    throttle =
        new LoginThrottle(config.loginRate(), config.passwordChecks(), config.passwordCheckWait());
    unknownNames = new UnknownNames(LoginThrottle.ADDRESSES, MAX_LOCKOUT);
  }

  private Lockout lockout() {
    return new Lockout(config.maxFailures(), config.lockout(), MAX_LOCKOUT);
  }

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

  /**
   * Signs in, at the cost a flood can bear: the client address's attempts are rate-limited and the
   * password check waits for one of a bounded number of permits ({@link LoginThrottle}); a locked
   * name is refused before any check. Each check is reserved atomically (no more than the allowed
   * failures in a row are ever checked, however many arrive at once). A name that belongs to no
   * user gets the same answers, lock-out included, in the same time ({@link UnknownNames}).
   *
   * @param clientAddress the caller's address (the TCP peer's, or the one a trusted proxy names)
   * @throws ApiException 401 login-failed, 429 login-locked or login-rate-limited (Retry-After),
   *     503 login-busy (Retry-After), 404 when the built-in login is off
   */
  public SignedIn login(LoginRequest request, String clientAddress) {
    TokenIssuer issuer = issuer();
    throttle.admit(clientAddress);
    String username = request.username().strip();
    char[] password = request.password().toCharArray();
    Lockout lockout = lockout();
    Optional<UserAccount> found = users.findByUsername(username);
    Instant asked = clock.instant();
    if (found.isEmpty()) {
      Instant lockedUntil = unknownNames.lockedUntil(username, asked);
      if (lockedUntil != null) {
        throw locked(Duration.between(asked, lockedUntil));
      }
      throttle.check(
          () -> {
            Attempt attempt = unknownNames.reserve(username, clock.instant(), lockout);
            if (!attempt.allowed()) {
              throw locked(Duration.between(clock.instant(), attempt.lockedUntil()));
            }
            PasswordHashing.verifyNothing(password);
            unknownNames.recordFailure(username, attempt.failures(), clock.instant(), lockout);
            return null;
          });
      LOG.info(() -> "Login failed: unknown user name");
      throw failed();
    }
    UserAccount user = found.get();
    if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(asked)) {
      throw locked(Duration.between(asked, user.getLockedUntil()));
    }
    Instant now =
        throttle.check(
            () -> {
              Attempt attempt = users.reserveAttempt(user.getId(), clock.instant(), lockout);
              if (attempt.gone()) {
                PasswordHashing.verifyNothing(password);
                throw failed();
              }
              if (!attempt.allowed()) {
                throw locked(Duration.between(clock.instant(), attempt.lockedUntil()));
              }
              if (!PasswordHashing.verify(password, user.getPasswordHash())) {
                users.recordFailure(user.getId(), attempt.failures(), clock.instant(), lockout);
                LOG.info(() -> "Login failed for " + user.getUsername() + ": wrong password");
                throw failed();
              }
              Instant at = clock.instant();
              String rehash =
                  PasswordHashing.needsRehash(user.getPasswordHash())
                      ? PasswordHashing.hash(password)
                      : null;
              users.recordSuccess(user.getId(), at, rehash);
              return at;
            });
    TokenResponse token =
        response(
            issuer.issue(
                user.getId(), user.getTokenGeneration(), user.getUsername(), user.getRole()),
            user);
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
    TokenResponse token =
        response(
            issuer.issue(
                user.getId(), user.getTokenGeneration(), user.getUsername(), user.getRole()),
            user);
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
   * A fresh token for the bearer of a valid one, with the role the users table holds now; the user
   * is the token's {@code uid} (its name only for a token without one).
   */
  public TokenResponse renew(OptionalLong userId, String username) {
    TokenIssuer issuer = issuer();
    UserAccount user =
        (userId.isPresent() ? users.find(userId.getAsLong()) : users.findByUsername(username))
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
    return response(
        issuer.issue(user.getId(), user.getTokenGeneration(), user.getUsername(), user.getRole()),
        user);
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
