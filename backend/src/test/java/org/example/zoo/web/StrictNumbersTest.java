package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.example.zoo.persistence.PageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every numeric field of every request record (found on the class path, so a new one is covered
 * without touching this test), read by Yasson with the API's configuration: a fraction for a whole
 * number, a value outside the type's range and text where a number is promised are refused with the
 * field named; exact values pass unchanged.
 */
class StrictNumbersTest {

  private static final Jsonb JSONB = JsonbBuilder.create(JsonbProvider.config());

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  /** A numeric component of a request record, and how it is written in JSON. */
  record NumericField(Class<?> record, String name, Class<?> type, boolean list) {
    String json(String value) {
      return "{\"" + name + "\":" + (list ? "[" + value + "]" : value) + "}";
    }

    @Override
    public String toString() {
      return record.getSimpleName() + "." + name;
    }
  }

  static List<NumericField> numericFields() {
    List<NumericField> fields = new ArrayList<>();
    for (Class<?> type : requestRecords()) {
      for (RecordComponent c : type.getRecordComponents()) {
        Type generic = c.getGenericType();
        if (isNumber(c.getType())) {
          fields.add(new NumericField(type, c.getName(), c.getType(), false));
        } else if (generic instanceof ParameterizedType p
            && List.class.equals(p.getRawType())
            && p.getActualTypeArguments()[0] instanceof Class<?> element
            && isNumber(element)) {
          fields.add(new NumericField(type, c.getName(), element, true));
        }
      }
    }
    return fields;
  }

  private static boolean isNumber(Class<?> type) {
    return Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class;
  }

  /**
   * Every *Request record under org.example.zoo, from the compiled classes: the request bodies
   * (PageRequest is made from query parameters by PageParams, not read from JSON).
   */
  static List<Class<?>> requestRecords() {
    try {
      Path root =
          Path.of(StrictNumbers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<Path> files = Files.walk(root.resolve("org/example/zoo"))) {
        List<Class<?>> records = new ArrayList<>();
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = root.relativize(file).toString().replace('/', '.');
          if (name.endsWith("Request.class")) {
            Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
            if (type.isRecord() && type != PageRequest.class) {
              records.add(type);
            }
          }
        }
        return records;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String refusal(NumericField field, String value) {
    JsonbException e =
        assertThrows(
            JsonbException.class,
            () -> JSONB.fromJson(field.json(value), field.record()),
            () -> field + " = " + value + " must be refused");
    assertTrue(
        e.getMessage().contains("'" + field.name() + "'"),
        () -> "names the field: " + e.getMessage());
    InvalidValue invalid = Failures.find(e, InvalidValue.class);
    assertNotNull(invalid, () -> "the strict reader refused " + field + " = " + value);
    return invalid.getMessage();
  }

  @Test
  void theRequestRecordsAreFound() {
    List<String> names = numericFields().stream().map(NumericField::toString).toList();
    assertTrue(names.contains("EnclosureRequest.capacity"), names::toString);
    assertTrue(names.contains("FeedingRequest.quantityGrams"), names::toString);
    assertTrue(names.contains("AnimalRequest.speciesId"), names::toString);
    assertTrue(names.contains("KeeperRequest.enclosureIds"), names::toString);
    assertTrue(names.contains("EnclosureRequest.areaSquareMeters"), names::toString);
  }

  @TestFactory
  Stream<DynamicTest> wholeNumbersAreExactOrRefused() {
    return numericFields().stream()
        .filter(f -> f.type() == Integer.class || f.type() == Long.class)
        .map(
            field ->
                dynamicTest(
                    field.toString(),
                    () -> {
                      boolean isInt = field.type() == Integer.class;
                      String max = isInt ? "2147483647" : "9223372036854775807";
                      String over = isInt ? "4294967298" : "18446744073709551617";
                      String under = isInt ? "-4294967295" : "-18446744073709551617";
                      String range =
                          isInt
                              ? "must be between -2147483648 and 2147483647"
                              : "must be between -9223372036854775808 and 9223372036854775807";
                      assertEquals("must be a whole number", refusal(field, "1.5"));
                      assertEquals("must be a whole number", refusal(field, "-0.25"));
                      assertEquals(range, refusal(field, over));
                      assertEquals(range, refusal(field, under));
                      assertEquals(range, refusal(field, "1e1000000000"));
                      assertEquals("must be a number, not text", refusal(field, "\"5\""));
                      assertEquals("must be a number", refusal(field, "true"));
                      assertEquals(max, read(field, max));
                      assertEquals("7", read(field, "7.0"), "an integral value written as 7.0");
                      assertEquals("300", read(field, "3e2"));
                      assertEquals(null, readNullable(field), "null stays null (absent)");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> decimalsKeepEveryDigitAndRefuseText() {
    return numericFields().stream()
        .filter(f -> f.type() == BigDecimal.class)
        .map(
            field ->
                dynamicTest(
                    field.toString(),
                    () -> {
                      assertEquals("must be a number, not text", refusal(field, "\"12.5\""));
                      assertEquals("12.345678901234567890", read(field, "12.345678901234567890"));
                    }));
  }

  @Test
  void everyNumericFieldHasAStrictReader() {
    for (NumericField field : numericFields()) {
      assertTrue(
          field.type() == Integer.class
              || field.type() == Long.class
              || field.type() == BigDecimal.class,
          () ->
              field
                  + " is a "
                  + field.type()
                  + ": give it a strict deserializer in StrictNumbers or use Integer, Long or"
                  + " BigDecimal");
    }
  }

  @Test
  void queryParametersFollowTheSameRules() {
    assertEquals(42L, StrictNumbers.parseLong(" 42 ", 1, Long.MAX_VALUE));
    assertEquals(
        "must be between 1 and 9223372036854775807",
        assertThrows(
                InvalidValue.class,
                () -> StrictNumbers.parseLong("18446744073709551617", 1, Long.MAX_VALUE))
            .getMessage());
    assertEquals(
        "must be a whole number",
        assertThrows(InvalidValue.class, () -> StrictNumbers.parseInt("1.5", 0, 10)).getMessage());
    for (String text : new String[] {"x", "+1", "0x10", "1_000", "NaN", "1 2", ""}) {
      assertEquals(
          "must be a number",
          assertThrows(InvalidValue.class, () -> StrictNumbers.parseInt(text, 0, 10)).getMessage(),
          text);
    }
  }

  /** JSON null for the field: the record holds null (or a list with null), never a refusal. */
  private static Object readNullable(NumericField field) {
    Object record = JSONB.fromJson(field.json("null"), field.record());
    try {
      Object held = field.record().getMethod(field.name()).invoke(record);
      return field.list() ? ((List<?>) held).get(0) : held;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The value as the record holds it, or for a list its only element. */
  private static String read(NumericField field, String value) {
    Object record = JSONB.fromJson(field.json(value), field.record());
    try {
      Object held = field.record().getMethod(field.name()).invoke(record);
      Object number = field.list() ? ((List<?>) held).get(0) : held;
      assertFalse(number == null, () -> field + " read " + value + " as null");
      return number instanceof BigDecimal d ? d.toPlainString() : number.toString();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
