package org.example.zoo.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.h2.util.DateTimeUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timestamp binding against H2 in MSSQLServer mode, with the JVM in several zones: every
 * instant, including those in a zone's daylight-saving gap or repeated hour, is stored as its UTC
 * wall-clock time and read back unchanged.
 */
class UtcTimestampsTest {

  /** In Berlin's and New York's spring-forward gap, Berlin's repeated hour, Kiritimati's +14. */
  static final List<Instant> INSTANTS =
      List.of(
          Instant.parse("2026-03-29T02:30:00Z"),
          Instant.parse("2027-03-28T02:15:00Z"),
          Instant.parse("2026-03-08T02:30:00Z"),
          Instant.parse("2026-10-25T02:30:00Z"),
          Instant.parse("2026-12-31T23:59:59.999999Z"),
          Instant.parse("2026-03-29T02:30:00.000001Z"),
          Instant.parse("1970-01-01T00:00:00Z"));

  private final TimeZone original = TimeZone.getDefault();

  @AfterEach
  void restoreZone() {
    TimeZone.setDefault(original);
    DateTimeUtils.resetCalendar();
  }

  private static Connection open(String zone) throws SQLException {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    DateTimeUtils.resetCalendar();
    Connection connection =
        DriverManager.getConnection(
            "jdbc:h2:mem:utc-" + zone.replace('/', '-') + ";MODE=MSSQLServer");
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE t (id INT PRIMARY KEY, at DATETIME2 NOT NULL)");
    }
    return connection;
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Europe/Berlin", "America/New_York", "Pacific/Kiritimati"})
  void everyInstantIsStoredAsUtcAndReadBackExactly(String zone) throws SQLException {
    try (Connection connection = open(zone)) {
      for (int i = 0; i < INSTANTS.size(); i++) {
        LocalDateTime utc = LocalDateTime.ofInstant(INSTANTS.get(i), ZoneOffset.UTC);
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
          insert.setInt(1, i);
          UtcTimestamps.bind(insert, 2, utc);
          insert.executeUpdate();
        }
        try (PreparedStatement select =
            connection.prepareStatement("SELECT at, CAST(at AS VARCHAR(40)) FROM t WHERE id = ?")) {
          select.setInt(1, i);
          try (ResultSet row = select.executeQuery()) {
            row.next();
            assertEquals(utc, UtcTimestamps.read(row, 1), () -> zone + ": read back");
            assertEquals(
                utc,
                LocalDateTime.parse(row.getString(2).replace(' ', 'T')),
                () -> zone + ": the column holds the UTC wall-clock time");
          }
        }
      }
    }
  }

  /** Why the binding exists: the JDBC default goes through the JVM's zone and loses the hour. */
  @ParameterizedTest
  @ValueSource(strings = {"Europe/Berlin"})
  void theDefaultBindingMovesAnInstantInTheGap(String zone) throws SQLException {
    try (Connection connection = open(zone)) {
      LocalDateTime gap = LocalDateTime.parse("2026-03-29T02:30:00");
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (1, ?)")) {
        insert.setTimestamp(1, java.sql.Timestamp.valueOf(gap));
        insert.executeUpdate();
      }
      try (Statement s = connection.createStatement();
          ResultSet row = s.executeQuery("SELECT at FROM t")) {
        row.next();
        assertNotEquals(gap, row.getTimestamp(1).toLocalDateTime(), "03:30, not 02:30");
      }
    }
  }
}
