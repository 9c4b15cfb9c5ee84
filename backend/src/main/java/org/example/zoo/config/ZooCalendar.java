package org.example.zoo.config;

import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The zoo's calendar: "today" and "not in the future" are days in the zoo's time zone ({@code
 * zoo.time-zone}, ZOO_TIME_ZONE), never the JVM's or a browser's. Bean Validation asks it for the
 * clock of {@code @PastOrPresent} (META-INF/validation.xml); /api/info publishes the zone so that
 * the web UI's forms count days the same way.
 */
public class ZooCalendar implements ClockProvider {

  static final String KEY = "zoo.time-zone";

  @Override
  public Clock getClock() {
    return Clock.system(zone());
  }

  public static LocalDate today() {
    return LocalDate.now(zone());
  }

  /** The configured zone; UTC where no MicroProfile Config runs (plain unit tests). */
  public static ZoneId zone() {
    String id;
    try {
      id = ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse("UTC");
    } catch (IllegalStateException noConfigRuntime) {
      return ZoneOffset.UTC;
    }
    return parse(id);
  }

  static ZoneId parse(String id) {
    try {
      return ZoneId.of(id.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "ZOO_TIME_ZONE (zoo.time-zone) is not a time zone: '"
              + id
              + "'; use a region such as Europe/Berlin or UTC",
          e);
    }
  }
}
