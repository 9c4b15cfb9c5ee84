package org.example.zoo.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Query parameters naming an enum constant: absent is null, an unknown name a 400. */
public final class EnumParam {

  private EnumParam() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
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
