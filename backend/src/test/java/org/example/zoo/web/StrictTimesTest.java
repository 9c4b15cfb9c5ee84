package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.time.LocalDate;
import org.example.zoo.animal.AnimalRequest;
import org.example.zoo.feeding.FeedingRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Instants and dates in bodies: exactly storable on both databases, or refused. */
class StrictTimesTest {

  private static final Jsonb JSONB = JsonbBuilder.create(JsonbProvider.config());

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  private static Instant scheduledAt(String json) {
    return JSONB.fromJson("{\"scheduledAt\":" + json + "}", FeedingRequest.class).scheduledAt();
  }

  private static String refusal(String json) {
    JsonbException e = assertThrows(JsonbException.class, () -> scheduledAt(json), json);
    InvalidValue invalid = Failures.find(e, InvalidValue.class);
    assertNotNull(invalid, json);
    return invalid.getMessage();
  }

  @Test
  void instantsWithAnOffsetAndUpToMicrosecondsAreReadExactly() {
    assertEquals(Instant.parse("2026-03-29T02:30:00Z"), scheduledAt("\"2026-03-29T02:30:00Z\""));
    assertEquals(
        Instant.parse("2026-03-29T00:30:00Z"), scheduledAt("\"2026-03-29T02:30:00+02:00\""));
    assertEquals(
        Instant.parse("2026-03-29T02:30:00.123456Z"),
        scheduledAt("\"2026-03-29T02:30:00.123456Z\""));
  }

  @Test
  void nullStaysNull() {
    assertEquals(null, scheduledAt("null"));
    assertEquals(
        null,
        JSONB.fromJson("{\"dateOfBirth\":null}", AnimalRequest.class).dateOfBirth(),
        "an unknown date of birth");
  }

  @Test
  void instantsTheDatabasesCannotHoldAreRefused() {
    assertEquals(
        "must be an ISO-8601 time with its offset, e.g. 2026-11-26T14:30:00Z",
        refusal("\"2026-03-29T02:30:00\""));
    assertEquals(
        "must be an ISO-8601 time with its offset, e.g. 2026-11-26T14:30:00Z", refusal("12"));
    assertEquals(
        "must have at most 6 decimals of seconds", refusal("\"2026-03-29T02:30:00.1234567Z\""));
    assertEquals("must lie in the years 0001 to 9999 (UTC)", refusal("\"+10000-01-01T00:00:00Z\""));
  }

  @Test
  void datesAreIsoDatesInStorableYears() {
    AnimalRequest read = JSONB.fromJson("{\"arrivalDate\":\"2026-03-29\"}", AnimalRequest.class);
    assertEquals(LocalDate.of(2026, 3, 29), read.arrivalDate());
    JsonbException e =
        assertThrows(
            JsonbException.class,
            () -> JSONB.fromJson("{\"arrivalDate\":\"+20000-01-01\"}", AnimalRequest.class));
    assertEquals(
        "must lie in the years 0001 to 9999", Failures.find(e, InvalidValue.class).getMessage());
  }
}
