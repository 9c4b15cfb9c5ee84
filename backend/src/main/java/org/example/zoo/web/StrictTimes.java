package org.example.zoo.web;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Instants and dates in request bodies are read only when both databases can store them exactly: an
 * instant needs its offset ({@code Z} or {@code +01:00}; a local time would depend on the server's
 * zone) and at most microseconds (H2's DATETIME2 keeps 6 decimals, SQL Server's 7); both lie in the
 * years 0001-9999 (SQL Server's DATE and DATETIME2).
 */
public final class StrictTimes {

  static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private StrictTimes() {}

  public static JsonbConfig configure(JsonbConfig config) {
    return config.withDeserializers(new InstantDeserializer(), new DateDeserializer());
  }

  /**
   * The JSON string parsed, or null for JSON null (Yasson hands null to user deserializers too);
   * anything else, or text that does not parse, is "must be {@code format}".
   */
  private static <T> T read(JsonParser parser, String format, Function<String, T> parse) {
    JsonValue value = parser.getValue();
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString text)) {
      throw new InvalidValue("must be " + format);
    }
    try {
      return parse.apply(text.getString());
    } catch (DateTimeParseException e) {
      throw new InvalidValue("must be " + format);
    }
  }

  static final class InstantDeserializer implements JsonbDeserializer<Instant> {
    private static final String FORMAT =
        "an ISO-8601 time with its offset, e.g. 2026-11-26T14:30:00Z";

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      Instant instant =
          read(
              parser,
              FORMAT,
              text ->
                  OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
      if (instant == null) {
        return null;
      }
      if (instant.getNano() % 1_000 != 0) {
        throw new InvalidValue("must have at most 6 decimals of seconds");
      }
      if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
        throw new InvalidValue("must lie in the years 0001 to 9999 (UTC)");
      }
      return instant;
    }
  }

  static final class DateDeserializer implements JsonbDeserializer<LocalDate> {
    private static final String FORMAT = "a date as YYYY-MM-DD";

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      LocalDate date =
          read(parser, FORMAT, text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
      if (date == null) {
        return null;
      }
      if (date.getYear() < 1 || date.getYear() > 9999) {
        throw new InvalidValue("must lie in the years 0001 to 9999");
      }
      return date;
    }
  }
}
