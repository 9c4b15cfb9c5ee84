package org.example.zoo.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.example.zoo.problem.ProblemType;

/**
 * What a flood of sign-ins may cost: per client address, a token bucket of {@code perMinute}
 * attempts refilled over a minute (Bucket4j; beyond it {@code 429 /problems/login-rate-limited});
 * in total, at most {@code checks} password checks at once (PBKDF2 takes a core for ~0.3 s), a
 * sign-in waiting at most {@code wait} for one, and no more than two sign-ins per check waiting at
 * all (beyond either, {@code 503 /problems/login-busy}). So logins can never take every core, nor
 * hold more than three request threads per check: health checks and reads stay fast while they are
 * flooded (a request thread blocked in a queue is as unavailable as a busy one). The buckets live
 * in a bounded map (Caffeine): a flood of addresses cannot grow the heap, it only forgets the least
 * recent ones.
 */
final class LoginThrottle {

  static final int ADDRESSES = 100_000;

  private final int perMinute;
  private final Cache<String, Bucket> buckets;
  private final Semaphore checks;
  private final Semaphore queue;
  private final long waitNanos;

  LoginThrottle(int perMinute, int checks, Duration wait) {
    this.perMinute = perMinute;
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(ADDRESSES)
            .expireAfterAccess(Duration.ofMinutes(2))
            .build();
    this.checks = new Semaphore(checks, true);
    this.queue = new Semaphore(3 * checks);
    this.waitNanos = wait.toNanos();
  }

  /** Takes one attempt from the address's bucket, or refuses with the wait until the next one. */
  void admit(String address) {
    Bucket bucket =
        buckets.get(
            address,
            a ->
                Bucket.builder()
                    .addLimit(
                        limit ->
                            limit
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      throw new RetryLater(
          ProblemType.LOGIN_RATE_LIMITED,
          "Too many sign-in attempts from your address (at most "
              + perMinute
              + " a minute): wait and try again.",
          Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
  }

  /**
   * Runs a password check when one of the permits is free within the wait and the queue for them
   * has room, else refuses with 503 and Retry-After: 1.
   */
  <T> T check(Supplier<T> passwordCheck) {
    if (!queue.tryAcquire()) {
      throw busy();
    }
    try {
      boolean acquired;
      try {
        acquired = checks.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        acquired = false;
      }
      if (!acquired) {
        throw busy();
      }
      try {
        return passwordCheck.get();
      } finally {
        checks.release();
      }
    } finally {
      queue.release();
    }
  }

  private static RetryLater busy() {
    return new RetryLater(
        ProblemType.LOGIN_BUSY,
        "The server is checking too many sign-ins at once: try again in a second.",
        Duration.ofSeconds(1));
  }
}
