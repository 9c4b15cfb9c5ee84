package org.example.zoo.feeding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Days of the zoo's calendar as the instants the feedings list compares with. */
class FeedingDaysTest {

  @Test
  void aDayStartsAtMidnightInTheZoosZone() {
    LocalDate day = LocalDate.of(2026, 3, 29);
    assertEquals(
        Instant.parse("2026-03-28T23:00:00Z"),
        FeedingService.startOfDay(day, ZoneId.of("Europe/Berlin")));
    assertEquals(
        Instant.parse("2026-03-29T04:00:00Z"),
        FeedingService.startOfDay(day, ZoneId.of("America/New_York")));
  }

  @Test
  void noBoundOutsideWhatBothDatabasesStore() {
    assertNull(
        FeedingService.startOfDay(LocalDate.of(1, 1, 1), ZoneId.of("+14:00")), "0000-12-31 in UTC");
    assertNull(
        FeedingService.startOfDay(LocalDate.of(10000, 1, 1), ZoneId.of("UTC")),
        "the day after 9999-12-31");
    assertEquals(
        Instant.parse("0001-01-01T00:00:00Z"),
        FeedingService.startOfDay(LocalDate.of(1, 1, 1), ZoneId.of("UTC")));
  }
}
