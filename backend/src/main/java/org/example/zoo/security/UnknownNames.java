package org.example.zoo.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.example.zoo.user.Lockout;
import org.example.zoo.user.UserAccountRepository.Attempt;

/**
 * Failed sign-ins under names that belong to no user, counted and locked out by the same rule
 * ({@link Lockout}) and with the same answers as a user's, so that the lock-out does not tell which
 * names exist. Kept in memory, per server instance: at most {@code capacity} names (the least
 * recently used go first), each forgotten one maximal lock-out after its last failure.
 */
final class UnknownNames {

  private static final class Failures {
    int count;
    Instant lockedUntil;
  }

  private final Cache<String, Failures> names;

  UnknownNames(int capacity, Duration maxLockout) {
    this.names = Caffeine.newBuilder().maximumSize(capacity).expireAfterAccess(maxLockout).build();
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** The end of the name's lock, or null: asked before the password check is queued for. */
  Instant lockedUntil(String name, Instant now) {
    Failures failures = names.getIfPresent(key(name));
    if (failures == null) {
      return null;
    }
    synchronized (failures) {
      return failures.lockedUntil != null && failures.lockedUntil.isAfter(now)
          ? failures.lockedUntil
          : null;
    }
  }

  /** As {@code UserAccountRepository.reserveAttempt}, for a name without a user. */
  Attempt reserve(String name, Instant now, Lockout lockout) {
    Failures failures = names.get(key(name), k -> new Failures());
    synchronized (failures) {
      if (failures.lockedUntil != null && failures.lockedUntil.isAfter(now)) {
        return new Attempt(false, failures.count, failures.lockedUntil, false);
      }
      failures.count++;
      Duration lock = lockout.after(failures.count);
      if (!lock.isZero()) {
        failures.lockedUntil = now.plus(lock);
      }
      return new Attempt(true, failures.count, null, false);
    }
  }

  /** As {@code UserAccountRepository.recordFailure}: the lock runs its full length from now. */
  void recordFailure(String name, int count, Instant now, Lockout lockout) {
    Failures failures = names.getIfPresent(key(name));
    Duration lock = lockout.after(count);
    if (failures != null && !lock.isZero()) {
      synchronized (failures) {
        failures.lockedUntil = now.plus(lock);
      }
    }
  }
}
