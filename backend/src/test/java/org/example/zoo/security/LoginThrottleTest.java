package org.example.zoo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.user.Lockout;
import org.example.zoo.user.UserAccountRepository.Attempt;
import org.junit.jupiter.api.Test;

/** The bounds on what sign-ins may cost, and the lock-out of names that belong to nobody. */
class LoginThrottleTest {

  private static final Lockout LOCKOUT =
      new Lockout(5, Duration.ofSeconds(60), Duration.ofMinutes(15));

  @Test
  void eachAddressHasItsOwnBucket() {
    LoginThrottle throttle = new LoginThrottle(3, 1, Duration.ZERO);
    for (int i = 0; i < 3; i++) {
      throttle.admit("10.0.0.1");
    }
    RetryLater refused = assertThrows(RetryLater.class, () -> throttle.admit("10.0.0.1"));
    assertEquals(ProblemType.LOGIN_RATE_LIMITED, refused.type());
    // one attempt comes back every 20 s (3 a minute)
    assertTrue(
        refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 21,
        "Retry-After " + refused.retryAfterSeconds());
    throttle.admit("10.0.0.2");
  }

  @Test
  void beyondThePermitsASignInIsRefusedAfterTheWait() throws Exception {
    LoginThrottle throttle = new LoginThrottle(100, 1, Duration.ofMillis(50));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Object> holder =
          pool.submit(
              () ->
                  throttle.check(
                      () -> {
                        inside.countDown();
                        await(release);
                        return null;
                      }));
      assertTrue(inside.await(5, TimeUnit.SECONDS));
      RetryLater busy = assertThrows(RetryLater.class, () -> throttle.check(() -> "second"));
      assertEquals(ProblemType.LOGIN_BUSY, busy.type());
      assertEquals("1", busy.headers().get("Retry-After"));
      release.countDown();
      holder.get(5, TimeUnit.SECONDS);
      assertEquals("after", throttle.check(() -> "after"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void noMoreThanThreeSignInsPerCheckHoldARequestThread() throws Exception {
    LoginThrottle throttle = new LoginThrottle(100, 1, Duration.ofSeconds(30));
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch inside = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      // one check running, two waiting for it: the queue (3 per check) is full
      pool.submit(
          () ->
              throttle.check(
                  () -> {
                    inside.countDown();
                    await(release);
                    return null;
                  }));
      assertTrue(inside.await(5, TimeUnit.SECONDS));
      pool.submit(() -> throttle.check(() -> null));
      pool.submit(() -> throttle.check(() -> null));
      Thread.sleep(200);
      long started = System.nanoTime();
      RetryLater busy = assertThrows(RetryLater.class, () -> throttle.check(() -> "fourth"));
      assertEquals(ProblemType.LOGIN_BUSY, busy.type());
      assertTrue(
          Duration.ofNanos(System.nanoTime() - started).toMillis() < 1000,
          "refused at once, not after the 30 s wait");
    } finally {
      release.countDown();
      pool.shutdown();
      pool.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void aFailedCheckReleasesItsPermit() {
    LoginThrottle throttle = new LoginThrottle(100, 1, Duration.ZERO);
    assertThrows(
        IllegalStateException.class,
        () ->
            throttle.check(
                () -> {
                  throw new IllegalStateException("wrong password");
                }));
    assertEquals("next", throttle.check(() -> "next"));
  }

  @Test
  void unknownNamesAreLockedOutByTheSameRule() {
    UnknownNames names = new UnknownNames(100, Duration.ofMinutes(15));
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    for (int i = 1; i <= 5; i++) {
      Attempt attempt = names.reserve("Nobody", now, LOCKOUT);
      assertTrue(attempt.allowed(), "attempt " + i);
      assertEquals(i, attempt.failures());
    }
    // the fifth failure locked the name for 60 s, in any case
    assertEquals(now.plusSeconds(60), names.lockedUntil("NOBODY ", now));
    Attempt sixth = names.reserve("nobody", now.plusSeconds(1), LOCKOUT);
    assertTrue(!sixth.allowed());
    assertEquals(now.plusSeconds(60), sixth.lockedUntil());
    // after the lock, one more check, and the lock doubles
    Attempt later = names.reserve("nobody", now.plusSeconds(61), LOCKOUT);
    assertTrue(later.allowed());
    assertEquals(now.plusSeconds(61 + 120), names.lockedUntil("nobody", now.plusSeconds(61)));
  }

  @Test
  void lockOutDoublesUpToItsMaximum() {
    assertEquals(Duration.ZERO, LOCKOUT.after(4));
    assertEquals(Duration.ofSeconds(60), LOCKOUT.after(5));
    assertEquals(Duration.ofSeconds(120), LOCKOUT.after(6));
    assertEquals(Duration.ofMinutes(15), LOCKOUT.after(9));
    assertEquals(Duration.ofMinutes(15), LOCKOUT.after(1000));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
