package org.example.zoo.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

class SchemaMigrationDescribeTest {

  @Test
  void aFailedMigrationNamesTheScriptItsLineAndTheDatabasesMessageWithoutTheSql() {
    SQLException cause =
        new SQLException(
            "Table \"recovery_chekc\" not found; SQL statement:\n"
                + "INSERT INTO recovery_chekc (id) VALUES (1) [42102-232]");
    FlywayException failed =
        new FlywayException(
            "Failed to execute script V3__x.sql\n"
                + "-----------------------------------\n"
                + "SQL State  : 42S02\n"
                + "Line       : 2\n",
            cause);
    assertEquals(
        "Failed to execute script V3__x.sql (line 2): SQLException: Table \"recovery_chekc\" not"
            + " found",
        SchemaMigration.describe(failed));
  }

  @Test
  void anythingElseIsItsInnermostCause() {
    assertEquals(
        "ConnectException: Connection refused",
        SchemaMigration.describe(
            new IllegalStateException("wrapped", new ConnectException("Connection refused"))));
    assertEquals(
        "FlywayException: Validate failed",
        SchemaMigration.describe(new FlywayException("Validate failed")));
  }
}
