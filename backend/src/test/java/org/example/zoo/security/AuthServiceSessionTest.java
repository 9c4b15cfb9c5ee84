package org.example.zoo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.user.Role;
import org.example.zoo.user.UserAccount;
import org.example.zoo.user.UserAccountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The session rules of AuthService against an in-memory refresh_token table. */
class AuthServiceSessionTest {

  private static final Instant SIGN_IN = Instant.parse("2026-11-26T10:00:00Z");
  private static final long USER_ID = 7;

  /** The table: rows as the repository's statements would leave them. */
  static final class MemorySessions extends SessionRepository {

    final List<StoredToken> rows = new ArrayList<>();
    final List<String> hashes = new ArrayList<>();
    boolean loseNextRace;

    @Override
    public Optional<StoredToken> findByHash(String tokenHash) {
      int i = hashes.indexOf(tokenHash);
      return i < 0 ? Optional.empty() : Optional.of(rows.get(i));
    }

    @Override
    public void start(
        long userId, String tokenHash, String familyId, Instant now, Instant expiresAt) {
      add(tokenHash, new StoredToken(rows.size() + 1, familyId, userId, expiresAt, null));
    }

    @Override
    public boolean rotate(StoredToken old, String newHash, Instant now) {
      int i = rows.indexOf(old);
      if (loseNextRace || i < 0 || rows.get(i).replacedAt() != null) {
        loseNextRace = false;
        return false;
      }
      rows.set(i, new StoredToken(old.id(), old.familyId(), old.userId(), old.expiresAt(), now));
      add(
          newHash,
          new StoredToken(rows.size() + 1, old.familyId(), old.userId(), old.expiresAt(), null));
      return true;
    }

    @Override
    public int revokeFamily(String familyId) {
      int before = rows.size();
      for (int i = rows.size() - 1; i >= 0; i--) {
        if (rows.get(i).familyId().equals(familyId)) {
          rows.remove(i);
          hashes.remove(i);
        }
      }
      return before - rows.size();
    }

    private void add(String hash, StoredToken row) {
      hashes.add(hash);
      rows.add(row);
    }
  }

  private final MemorySessions sessions = new MemorySessions();
  private final UserAccount user = new UserAccount("keeper-7", "unused-hash", Role.KEEPER);
  private final AuthService service = new AuthService();
  private Instant now = SIGN_IN;

  @BeforeEach
  void setUp() throws ReflectiveOperationException {
    java.lang.reflect.Field id =
        org.example.zoo.persistence.VersionedEntity.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(user, USER_ID);
    TokenIssuer issuer =
        new TokenIssuer(
            SigningKey.generate(),
            "zoo",
            "zoo",
            Duration.ofMinutes(15),
            Clock.fixed(SIGN_IN, ZoneOffset.UTC));
    service.setup =
        new AuthSetup() {
          @Override
          public Optional<TokenIssuer> issuer() {
            return Optional.of(issuer);
          }
        };
    service.users =
        new UserAccountRepository() {
          @Override
          public Optional<UserAccount> find(long id) {
            return id == USER_ID ? Optional.of(user) : Optional.empty();
          }
        };
    service.sessions = sessions;
    service.clock =
        new Clock() {
          @Override
          public Instant instant() {
            return now;
          }

          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };
  }

  /** A sign-in's session, as the login starts it (12 hours). */
  private String signIn() {
    String token = SessionTokens.generate();
    sessions.start(
        USER_ID,
        SessionTokens.hash(token),
        java.util.UUID.randomUUID().toString(),
        SIGN_IN,
        SIGN_IN.plus(Duration.ofHours(12)));
    return token;
  }

  @Test
  void renewalRotatesWithinTheSameFamilyAndKeepsItsEnd() {
    String first = signIn();
    now = SIGN_IN.plus(Duration.ofHours(3));
    AuthService.SignedIn renewed = service.renewSession(first);
    assertNotEquals(first, renewed.sessionToken());
    assertEquals(Duration.ofHours(9), renewed.sessionLifetime(), "what is left of the 12 hours");
    assertEquals("keeper", renewed.token().role());
    assertEquals(2, sessions.rows.size());
    assertEquals(sessions.rows.get(0).familyId(), sessions.rows.get(1).familyId());
    assertEquals(now, sessions.rows.get(0).replacedAt());
    assertFalse(
        sessions.hashes.contains(renewed.sessionToken()), "only hashes are stored, not tokens");
  }

  @Test
  void theRoleIsTheOneTheUserHasNow() {
    String first = signIn();
    user.setRole(Role.VIEWER);
    assertEquals("viewer", service.renewSession(first).token().role());
  }

  @Test
  void aReplacedTokenRevokesTheFamily() {
    String first = signIn();
    String second = service.renewSession(first).sessionToken();
    SessionEnded reuse = assertThrows(SessionEnded.class, () -> service.renewSession(first));
    assertTrue(reuse.clearCookie());
    assertEquals(ProblemType.UNAUTHENTICATED, reuse.type());
    assertTrue(sessions.rows.isEmpty(), "the whole family is gone");
    assertThrows(SessionEnded.class, () -> service.renewSession(second));
  }

  @Test
  void anExpiredSessionEnds() {
    String first = signIn();
    now = SIGN_IN.plus(Duration.ofHours(12));
    SessionEnded expired = assertThrows(SessionEnded.class, () -> service.renewSession(first));
    assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
    assertTrue(expired.clearCookie());
    assertTrue(sessions.rows.isEmpty());
  }

  @Test
  void unknownAndMalformedTokensEndNothingElse() {
    signIn();
    for (String token : new String[] {null, "", "x", SessionTokens.generate()}) {
      SessionEnded e = assertThrows(SessionEnded.class, () -> service.renewSession(token));
      assertTrue(e.clearCookie());
    }
    assertEquals(1, sessions.rows.size());
  }

  @Test
  void theLoserOfARaceKeepsTheCookieAndRevokesNothing() {
    String first = signIn();
    sessions.loseNextRace = true;
    SessionEnded lost = assertThrows(SessionEnded.class, () -> service.renewSession(first));
    assertFalse(lost.clearCookie(), "the winner's answer sets the new cookie; do not clear it");
    assertEquals(1, sessions.rows.size());
  }

  @Test
  void aLockedUserWaitsAndKeepsTheSession() {
    String first = signIn();
    user.setLockedUntil(now.plusSeconds(30));
    LoginLocked locked = assertThrows(LoginLocked.class, () -> service.renewSession(first));
    assertEquals(ProblemType.LOGIN_LOCKED, locked.type());
    assertEquals(1, sessions.rows.size());
    assertEquals(null, sessions.rows.get(0).replacedAt(), "not rotated");
    now = now.plusSeconds(31);
    assertEquals("keeper", service.renewSession(first).token().role());
  }

  @Test
  void signOutRevokesTheFamilyAndToleratesAnything() {
    String first = signIn();
    String second = service.renewSession(first).sessionToken();
    String other = signIn();
    service.signOut(second);
    assertEquals(1, sessions.rows.size(), "only the other sign-in is left");
    service.signOut(second);
    service.signOut(null);
    service.signOut("garbage");
    assertEquals("keeper", service.renewSession(other).token().role());
  }
}
