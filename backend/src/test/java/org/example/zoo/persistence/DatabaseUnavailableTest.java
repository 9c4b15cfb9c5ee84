package org.example.zoo.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void connectionFailuresOfEveryDriverCount() {
    assertTrue(
        DatabaseUnavailable.isUnavailable(
            new PersistenceException(new SQLTransientConnectionException("pool"))));
    assertTrue(
        DatabaseUnavailable.isUnavailable(
            new SQLException("SQL Server closed the connection", "08S01")));
    assertTrue(
        DatabaseUnavailable.isUnavailable(
            new PersistenceException(
                new SQLNonTransientException("Connection is broken", "90067"))),
        "H2's broken connection");
    assertTrue(
        DatabaseUnavailable.isUnavailable(new RuntimeException(new ConnectException("refused"))));
  }

  @Test
  void otherDatabaseErrorsDoNot() {
    assertFalse(DatabaseUnavailable.isUnavailable(new SQLException("duplicate key", "23000")));
    assertFalse(DatabaseUnavailable.isUnavailable(new SQLException("syntax", "42000")));
    assertFalse(DatabaseUnavailable.isUnavailable(new IllegalArgumentException()));
  }

  @Test
  void refusedLoginsAreTheirOwnCase() {
    assertTrue(
        DatabaseUnavailable.isLoginRefused(
            new SQLException("Login failed for user 'zoo_app'", "28000")));
    assertFalse(DatabaseUnavailable.isLoginRefused(new SQLException("duplicate", "23000")));
  }
}
