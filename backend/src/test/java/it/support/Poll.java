package it.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for what becomes true over time: a server that starts, a state that changes. */
public final class Poll {

  private Poll() {}

  /**
   * Whether {@code condition} held within {@code timeout}, asked every {@code interval}. A runtime
   * exception from it (connection refused while a server starts, and the like) counts as "not yet";
   * an interrupt ends the test.
   */
  public static boolean within(Duration timeout, Duration interval, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (condition.getAsBoolean()) {
          return true;
        }
      } catch (RuntimeException notYet) {
        // try again
      }
      try {
        Thread.sleep(interval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return false;
  }

  /** {@link #within} every 100 ms, else an AssertionError naming {@code what} it waited for. */
  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    if (!within(timeout, Duration.ofMillis(100), condition)) {
      throw new AssertionError("timed out after " + timeout + " waiting for " + what);
    }
  }
}
