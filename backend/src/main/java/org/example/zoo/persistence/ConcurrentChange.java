package org.example.zoo.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.example.zoo.problem.Causes;

/**
 * Transactions that lost a race with another one: an optimistic version check failed, or the
 * database gave up on a lock (deadlock victim, lock timeout, H2's concurrent update).
 */
public final class ConcurrentChange {

  private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "HYT00", "90131");
  private static final int ATTEMPTS = 4;

  private ConcurrentChange() {}

  public static boolean isConcurrentChange(Throwable e) {
    return Causes.any(
        e,
        t ->
            t instanceof OptimisticLockException
                || t.getClass()
                    .getName()
                    .equals("org.eclipse.persistence.exceptions.OptimisticLockException")
                || t instanceof SQLException sql && SQL_STATES.contains(sql.getSQLState()));
  }

  /**
   * Runs a whole transaction again when it lost a race: the retry re-reads the data and applies the
   * rules to what the winner wrote, so the loser gets the right answer (often a 409 then) instead
   * of a spurious one. Must be called outside the transaction.
   */
  public static <T> T retry(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isConcurrentChange(e)) {
          throw e;
        }
        try {
          Thread.sleep(5L * attempt + (long) (Math.random() * 10));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
