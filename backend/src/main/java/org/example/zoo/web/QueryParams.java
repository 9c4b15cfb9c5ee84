package org.example.zoo.web;

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
