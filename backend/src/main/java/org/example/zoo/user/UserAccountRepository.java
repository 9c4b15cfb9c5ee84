package org.example.zoo.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
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
   * Counts a failed login; from the {@code maxFailures}-th on, locks the account for {@code
   * lockout}, doubling with every further failure up to {@code maxLockout}. One UPDATE statement
   * each, so parallel attempts cannot lose a count. The version stays: this bookkeeping is not what
   * an administrator edits, and must not make their edit stale.
   */
  @Transactional
  public void recordFailure(
      long id, Instant now, int maxFailures, Duration lockout, Duration maxLockout) {
    em.createNativeQuery("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = ?")
        .setParameter(1, id)
        .executeUpdate();
    int failures =
        ((Number)
                em.createNativeQuery("SELECT failed_logins FROM app_user WHERE id = ?")
                    .setParameter(1, id)
                    .getSingleResult())
            .intValue();
    if (failures >= maxFailures) {
      int doublings = Math.min(failures - maxFailures, 20);
      Duration lock = lockout.multipliedBy(1L << doublings);
      if (lock.compareTo(maxLockout) > 0) {
        lock = maxLockout;
      }
      em.createNativeQuery("UPDATE app_user SET locked_until = ? WHERE id = ?")
          .setParameter(1, LocalDateTime.ofInstant(now.plus(lock), ZoneOffset.UTC))
          .setParameter(2, id)
          .executeUpdate();
    }
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
