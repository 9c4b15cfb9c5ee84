package org.example.zoo.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * How instants reach DATETIME2 columns: as their UTC wall-clock time, converted by the driver with
 * an explicit UTC calendar. The JDBC defaults convert through the JVM's time zone, where a
 * spring-forward hour does not exist (02:30 in Berlin on 2026-03-29 becomes 03:30); UTC has no such
 * hour, so every instant survives the trip, whatever zone the server runs in. H2 and mssql-jdbc
 * both honour the calendar of setTimestamp/getTimestamp.
 */
public final class UtcTimestamps {

  /**
   * The precision both databases keep (H2's DATETIME2 has microseconds, SQL Server's 100 ns):
   * instants the server makes itself are taken on this clock, so what it returns is what it stored.
   */
  public static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

  private UtcTimestamps() {}

  public static void bind(PreparedStatement statement, int index, LocalDateTime utc)
      throws SQLException {
    statement.setTimestamp(index, Timestamp.from(utc.toInstant(ZoneOffset.UTC)), utcCalendar());
  }

  public static LocalDateTime read(ResultSet resultSet, int column) throws SQLException {
    Timestamp value = resultSet.getTimestamp(column, utcCalendar());
    return value == null ? null : LocalDateTime.ofInstant(value.toInstant(), ZoneOffset.UTC);
  }

  /** A new one each time: Calendar is not thread-safe. */
  private static Calendar utcCalendar() {
    return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  }
}
