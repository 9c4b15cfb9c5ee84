package org.example.zoo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.Where;
import org.example.zoo.web.Page;
import org.example.zoo.web.PageRequest;

@ApplicationScoped
public class UserAccountRepository extends Repository<UserAccount> {

  public UserAccountRepository() {
    super(UserAccount.class);
  }

  public Page<UserAccount> list(String q, PageRequest request) {
    Where where = new Where().contains("q", q, "u.username");
    return page(
        "SELECT u FROM UserAccount u",
        "SELECT COUNT(u) FROM UserAccount u",
        where,
        request,
        "u.id");
  }

  public long countAdmins() {
    return count(
        "SELECT COUNT(u) FROM UserAccount u WHERE u.role = :r", java.util.Map.of("r", Role.ADMIN));
  }

  /** Exact match: user names are compared as typed (the login form trims them). */
  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :n", UserAccount.class)
        .setParameter("n", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * Counts a failed login; from the {@code maxFailures}-th on, locks the account for {@code
   * lockout}, doubling with every further failure up to {@code maxLockout}. One UPDATE statement
   * each, so parallel attempts cannot lose a count.
   */
  @Transactional
  public void recordFailure(
      long id, Instant now, int maxFailures, Duration lockout, Duration maxLockout) {
    em.createQuery(
            "UPDATE UserAccount u SET u.failedLogins = u.failedLogins + 1,"
                + " u.version = u.version + 1 WHERE u.id = :id")
        .setParameter("id", id)
        .executeUpdate();
    int failures =
        em.createQuery("SELECT u.failedLogins FROM UserAccount u WHERE u.id = :id", Integer.class)
            .setParameter("id", id)
            .getSingleResult();
    if (failures >= maxFailures) {
      int doublings = Math.min(failures - maxFailures, 20);
      Duration lock = lockout.multipliedBy(1L << doublings);
      if (lock.compareTo(maxLockout) > 0) {
        lock = maxLockout;
      }
      em.createQuery("UPDATE UserAccount u SET u.lockedUntil = :until WHERE u.id = :id")
          .setParameter("until", now.plus(lock))
          .setParameter("id", id)
          .executeUpdate();
    }
  }

  /** Clears the failure count after a successful login; replaces the hash when one is given. */
  @Transactional
  public void recordSuccess(long id, Instant now, String newHash) {
    em.createQuery(
            "UPDATE UserAccount u SET u.failedLogins = 0, u.lockedUntil = NULL,"
                + " u.lastLoginAt = :now, u.version = u.version + 1 WHERE u.id = :id")
        .setParameter("now", now)
        .setParameter("id", id)
        .executeUpdate();
    if (newHash != null) {
      em.createQuery("UPDATE UserAccount u SET u.passwordHash = :hash WHERE u.id = :id")
          .setParameter("hash", newHash)
          .setParameter("id", id)
          .executeUpdate();
    }
  }
}
