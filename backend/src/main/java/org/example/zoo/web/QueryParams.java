package org.example.zoo.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.example.zoo.problem.ApiException;

/** Optional filter query parameters: absent is null, a value the filter cannot use a 400. */
public final class QueryParams {

  private QueryParams() {}

  /** An id ({@code ?speciesId=3}): a whole number from 1. */
  public static Long id(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return StrictNumbers.parseLong(value, 1, Long.MAX_VALUE);
    } catch (InvalidValue e) {
      throw ApiException.invalid(name, e.getMessage());
    }
  }

  /**
   * A day ({@code ?from=2026-11-26}): YYYY-MM-DD, in the years 0001 to 9999 like dates in bodies.
   */
  public static LocalDate date(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.trim(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(name, "must be a date as YYYY-MM-DD");
    }
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw ApiException.invalid(name, "must lie in the years 0001 to 9999");
    }
    return date;
  }

  /** true or false, case-insensitive; absent is null. */
  public static Boolean bool(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.trim().equalsIgnoreCase("true")) {
      return true;
    }
    if (value.trim().equalsIgnoreCase("false")) {
      return false;
    }
    throw ApiException.invalid(name, "must be true or false");
  }

  /** An enum constant by name, case-insensitive; the 400 lists the allowed names. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw ApiException.invalid(name, "must be one of " + allowed);
    }
  }
}
