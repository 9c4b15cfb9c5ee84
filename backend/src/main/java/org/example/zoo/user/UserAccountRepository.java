package org.example.zoo.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.persistence.Where;

@ApplicationScoped
public class UserAccountRepository extends Repository<UserAccount> {

  static final Sorting SORTING = Sorting.byFields("u", "username", "id", "username", "role");

  public UserAccountRepository() {
    super(UserAccount.class, "User", "u");
  }

  public Page<UserAccount> list(String q, PageRequest request) {
    Where where = where().contains("q", q, "u.username");
    return page(where, request);
  }

  /**
   * The administrators, counted after locking every administrator's row to the end of the
   * transaction (an UPDATE that changes nothing): two changes that could each leave no
   * administrator — two admins demoting each other, a demotion beside a delete — then happen one
   * after the other, and the second counts what the first left. The same lock on H2 and SQL Server
   * (READ COMMITTED: the waiting UPDATE and the count see the first one's commit).
   */
  public long lockAndCountAdmins() {
    em.createNativeQuery("UPDATE app_user SET failed_logins = failed_logins WHERE role = ?")
        .setParameter(1, Role.ADMIN.name())
        .executeUpdate();
    return countAdmins();
  }

  public long countAdmins() {
    return count(
        "SELECT COUNT(u) FROM UserAccount u WHERE u.role = :r", java.util.Map.of("r", Role.ADMIN));
  }

  /**
   * The user of this name, compared without regard to case (and to surrounding white space), like
   * every other name: {@code ADMIN} signs in as {@code admin}, and no second user may be called
   * {@code Admin}. The same on H2 and SQL Server (docs/api.md, "Names and case").
   */
  public Optional<UserAccount> findByUsername(String username) {
    return findIgnoringCase("username", username);
  }

  /**
   * The user's current token generation (see {@link UserAccount#endAccessTokens}); empty when there
   * is no such user. One primary-key read, outside any transaction: the check of every
   * database-backed request with a token of the built-in login.
   */
  public OptionalInt tokenGeneration(long id) {
    List<?> rows =
        em.createNativeQuery("SELECT token_generation FROM app_user WHERE id = ?")
            .setParameter(1, id)
            .getResultList();
    return rows.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) rows.get(0)).intValue());
  }

  /**
   * What a reservation of one password check found: {@code lockedUntil} set means no check may run
   * (the name is locked, or the user is gone: then {@code lockedUntil} is null and {@code gone}
   * true); otherwise the check counts as failure number {@code failures} until it succeeds.
   */
  public record Attempt(boolean allowed, int failures, Instant lockedUntil, boolean gone) {}

  /**
   * Reserves one password check for the user, atomically: counts it as a failure in advance, unless
   * the account is locked, and locks the account at once when this attempt reaches the lock-out (so
   * that of many attempts at the same moment, no more than {@code maxFailures} in a row are
   * checked: the UPDATE's row lock orders them, and each sees the one before it). A success then
   * clears the count ({@link #recordSuccess}); a failure re-times the lock from its end ({@link
   * #recordFailure}). The version stays: this bookkeeping is not what an administrator edits, and
   * must not make their edit stale.
   */
  @Transactional
  public Attempt reserveAttempt(long id, Instant now, Lockout lockout) {
    int reserved =
        em.createNativeQuery(
                "UPDATE app_user SET failed_logins = failed_logins + 1"
                    + " WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)")
            .setParameter(1, id)
            .setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
            .executeUpdate();
    List<?> rows =
        em.createNativeQuery("SELECT failed_logins, locked_until FROM app_user WHERE id = ?")
            .setParameter(1, id)
            .getResultList();
    if (rows.isEmpty()) {
      return new Attempt(false, 0, null, true);
    }
    Object[] row = (Object[]) rows.get(0);
    int failures = ((Number) row[0]).intValue();
    if (reserved == 0) {
      return new Attempt(false, failures, instant(row[1]), false);
    }
    Duration lock = lockout.after(failures);
    if (!lock.isZero()) {
      lockUntil(id, now.plus(lock));
    }
    return new Attempt(true, failures, null, false);
  }

  /**
   * A reserved check failed: when its failure reached the lock-out, the lock runs its full length
   * from now (the check took a while).
   */
  @Transactional
  public void recordFailure(long id, int failures, Instant now, Lockout lockout) {
    Duration lock = lockout.after(failures);
    if (!lock.isZero()) {
      lockUntil(id, now.plus(lock));
    }
  }

  private void lockUntil(long id, Instant until) {
    em.createNativeQuery("UPDATE app_user SET locked_until = ? WHERE id = ?")
        .setParameter(1, LocalDateTime.ofInstant(until, ZoneOffset.UTC))
        .setParameter(2, id)
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    throw new IllegalStateException("locked_until read as " + value.getClass().getName());
  }

  /** Clears the failure count after a successful login; replaces the hash when one is given. */
  @Transactional
  public void recordSuccess(long id, Instant now, String newHash) {
    em.createNativeQuery(
            "UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = ?"
                + " WHERE id = ?")
        .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
        .setParameter(2, id)
        .executeUpdate();
    if (newHash != null) {
      em.createNativeQuery("UPDATE app_user SET password_hash = ? WHERE id = ?")
          .setParameter(1, newHash)
          .setParameter(2, id)
          .executeUpdate();
    }
  }
}
