package org.example.zoo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.example.zoo.user.PasswordChanged;

/**
 * The {@code refresh_token} table (V3__sessions.sql), in plain SQL: every change is one statement
 * whose row count is the answer, so that parallel requests cannot both rotate the same token.
 * Timestamps are bound and read as UTC wall-clock times like every other column.
 */
@ApplicationScoped
public class SessionRepository {

  @PersistenceContext(unitName = "zoo")
  EntityManager em;

  /** A stored token, found by its hash. {@code replacedAt} null: the family's current token. */
  public record StoredToken(
      long id, String familyId, long userId, Instant expiresAt, Instant replacedAt) {}

  public Optional<StoredToken> findByHash(String tokenHash) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, family_id, user_id, expires_at, replaced_at FROM refresh_token"
                    + " WHERE token_hash = ?")
            .setParameter(1, tokenHash)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    return Optional.of(
        new StoredToken(
            ((Number) row[0]).longValue(),
            ((String) row[1]).strip(),
            ((Number) row[2]).longValue(),
            instant(row[3]),
            instant(row[4])));
  }

  /**
   * Starts a family for a new sign-in, and drops the user's expired tokens on the way (the only
   * housekeeping there is: a session can only end by expiry, sign-out or reuse).
   */
  @Transactional
  public void start(
      long userId, String tokenHash, String familyId, Instant now, Instant expiresAt) {
    em.createNativeQuery("DELETE FROM refresh_token WHERE user_id = ? AND expires_at <= ?")
        .setParameter(1, userId)
        .setParameter(2, utc(now))
        .executeUpdate();
    insert(tokenHash, familyId, userId, now, expiresAt);
  }

  /**
   * Replaces the current token {@code old} with {@code newHash} in the same family, with the same
   * expiry. The conditional UPDATE decides a race: of two requests rotating the same token, only
   * one changes the row; the other gets false and nothing is inserted for it.
   */
  @Transactional
  public boolean rotate(StoredToken old, String newHash, Instant now) {
    int replaced =
        em.createNativeQuery(
                "UPDATE refresh_token SET replaced_at = ? WHERE id = ? AND replaced_at IS NULL")
            .setParameter(1, utc(now))
            .setParameter(2, old.id())
            .executeUpdate();
    if (replaced != 1) {
      return false;
    }
    insert(newHash, old.familyId(), old.userId(), now, old.expiresAt());
    return true;
  }

  /** Ends a session: every token of the family goes. Returns how many rows were deleted. */
  @Transactional
  public int revokeFamily(String familyId) {
    return em.createNativeQuery("DELETE FROM refresh_token WHERE family_id = ?")
        .setParameter(1, familyId)
        .executeUpdate();
  }

  /** Ends every session of a user (a new password was set). Returns how many rows were deleted. */
  @Transactional
  /** A new password ends the user's browser sessions: whoever knew the old one is signed out. */
  void passwordChanged(@Observes PasswordChanged changed) {
    revokeUser(changed.userId());
  }

  public int revokeUser(long userId) {
    return em.createNativeQuery("DELETE FROM refresh_token WHERE user_id = ?")
        .setParameter(1, userId)
        .executeUpdate();
  }

  private void insert(
      String tokenHash, String familyId, long userId, Instant now, Instant expiresAt) {
    em.createNativeQuery(
            "INSERT INTO refresh_token (token_hash, family_id, user_id, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, tokenHash)
        .setParameter(2, familyId)
        .setParameter(3, userId)
        .setParameter(4, utc(now))
        .setParameter(5, utc(expiresAt))
        .executeUpdate();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** UtcSqlServerPlatform reads DATETIME2 as the UTC LocalDateTime it holds. */
  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDateTime utc) {
      return utc.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
  }
}
