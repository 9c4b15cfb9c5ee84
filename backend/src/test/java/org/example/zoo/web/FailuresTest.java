package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The failures SQL Server reports as mssql-jdbc gives them (SQL state, vendor code) are classified
 * as H2's are: CI sees only H2's.
 */
class FailuresTest {

  private static RuntimeException wrapped(SQLException e) {
    return new PersistenceException(new RuntimeException(e));
  }

  @Test
  void sqlServerUniqueAndForeignKeyViolationsAreConflicts() {
    for (int code : new int[] {2627, 2601, 547}) {
      assertTrue(
          Failures.isIntegrityViolation(wrapped(new SQLException("violation", "23000", code))),
          "error " + code);
    }
  }

  @Test
  void aSqlServerDeadlockVictimIsAConcurrentChange() {
    assertTrue(Failures.isConcurrentChange(wrapped(new SQLException("deadlock", "40001", 1205))));
    assertFalse(
        Failures.isIntegrityViolation(wrapped(new SQLException("deadlock", "40001", 1205))));
  }
}
