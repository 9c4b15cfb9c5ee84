package org.example.zoo.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentChangeTest {

  @Test
  void recognisesLostRacesAnywhereInTheCauseChain() {
    assertTrue(
        ConcurrentChange.isConcurrentChange(
            new PersistenceException(new OptimisticLockException())));
    assertTrue(
        ConcurrentChange.isConcurrentChange(
            new RuntimeException(new SQLException("deadlock", "40001"))));
    assertTrue(
        ConcurrentChange.isConcurrentChange(
            new RuntimeException(new SQLException("timeout", "HYT00"))));
    assertFalse(
        ConcurrentChange.isConcurrentChange(
            new RuntimeException(new SQLException("dup", "23505"))));
    assertFalse(ConcurrentChange.isConcurrentChange(new IllegalStateException()));
  }

  @Test
  void retriesALostRaceAndReturnsTheWinnersAnswer() {
    AtomicInteger calls = new AtomicInteger();
    String result =
        ConcurrentChange.retry(
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw new PersistenceException(new OptimisticLockException());
              }
              return "done";
            });
    assertEquals("done", result);
    assertEquals(3, calls.get());
  }

  @Test
  void doesNotRetryOtherFailuresAndGivesUpEventually() {
    AtomicInteger calls = new AtomicInteger();
    IllegalStateException other = new IllegalStateException("rule");
    assertSame(
        other,
        assertThrows(
            IllegalStateException.class,
            () ->
                ConcurrentChange.retry(
                    () -> {
                      calls.incrementAndGet();
                      throw other;
                    })));
    assertEquals(1, calls.get());

    AtomicInteger lost = new AtomicInteger();
    assertThrows(
        PersistenceException.class,
        () ->
            ConcurrentChange.retry(
                () -> {
                  lost.incrementAndGet();
                  throw new PersistenceException(new OptimisticLockException());
                }));
    assertEquals(4, lost.get(), "bounded number of attempts");
  }
}
