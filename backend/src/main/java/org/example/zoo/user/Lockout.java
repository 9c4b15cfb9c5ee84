package org.example.zoo.user;

import java.time.Duration;

/**
 * The lock-out rule of the built-in login, the same for every sign-in name, existing or not: from
 * the {@code maxFailures}-th failure in a row on, the name is locked for {@code first}, doubling
 * with every further failure up to {@code max}.
 */
public record Lockout(int maxFailures, Duration first, Duration max) {

  /** How long {@code failures} failures in a row lock the name; {@link Duration#ZERO} for none. */
  public Duration after(int failures) {
    if (failures < maxFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - maxFailures, 20);
    Duration lock = first.multipliedBy(1L << doublings);
    return lock.compareTo(max) > 0 ? max : lock;
  }
}
