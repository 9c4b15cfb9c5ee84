package org.example.zoo.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Numbers in request bodies are read exactly or not at all. JSON-B's defaults wrap and truncate
 * ({@code 4294967298} into an int is 2, {@code 1.5} is 1) and accept {@code "5"} for a number;
 * these deserializers, registered once for every body, refuse all of that with a message naming the
 * rule. The same messages serve query parameters ({@link #parseLong}, {@link #parseInt}).
 */
public final class StrictNumbers {

  private StrictNumbers() {}

  /** Adds the strict deserializers for Integer, Long and BigDecimal to a configuration. */
  public static JsonbConfig configure(JsonbConfig config) {
    return config.withDeserializers(
        new IntegerDeserializer(), new LongDeserializer(), new DecimalDeserializer());
  }

  /** A whole number in [min, max]; the message says what is wrong otherwise. */
  static long wholeNumber(BigDecimal value, long min, long max) {
    // Digits before the point first: 1e1000000000 must not be expanded to find out it is too big.
    if (value.signum() != 0 && value.precision() - value.scale() > 19) {
      throw new InvalidValue(range(min, max));
    }
    BigDecimal exact = value.stripTrailingZeros();
    if (exact.scale() > 0) {
      throw new InvalidValue("must be a whole number");
    }
    if (exact.compareTo(BigDecimal.valueOf(min)) < 0
        || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new InvalidValue(range(min, max));
    }
    return exact.longValueExact();
  }

  private static String range(long min, long max) {
    return "must be between " + min + " and " + max;
  }

  /** Parses a query parameter the way bodies are read; text that is no number is refused. */
  public static long parseLong(String text, long min, long max) {
    return wholeNumber(decimal(text.trim()), min, max);
  }

  public static int parseInt(String text, int min, int max) {
    return (int) parseLong(text, min, max);
  }

  private static BigDecimal decimal(String text) {
    // The JSON number grammar only: no "+1", "0x10", "1_000", "NaN" or blanks inside.
    if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      throw new InvalidValue("must be a number");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidValue("must be a number");
    }
  }

  /** The number, or null for JSON null (Yasson hands null to user deserializers too). */
  private static BigDecimal number(JsonParser parser) {
    JsonValue value = parser.getValue();
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    if (value instanceof JsonString) {
      throw new InvalidValue("must be a number, not text");
    }
    throw new InvalidValue("must be a number");
  }

  static final class IntegerDeserializer implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      BigDecimal number = number(parser);
      return number == null
          ? null
          : (int) wholeNumber(number, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
  }

  static final class LongDeserializer implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      BigDecimal number = number(parser);
      return number == null ? null : wholeNumber(number, Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  /**
   * Decimals keep every digit given; only their type is checked here, their range by validation.
   */
  static final class DecimalDeserializer implements JsonbDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      return number(parser);
    }
  }
}
