package org.example.zoo.persistence;

import java.util.Map;

/**
 * The fields a list can be sorted by, declared once next to its query: API property name to JPQL
 * path (a client never reaches into the query text), the field sorted by when the request names
 * none, and that default's direction.
 */
public record Sorting(String defaultField, boolean defaultAscending, Map<String, String> fields) {

  public Sorting {
    fields = Map.copyOf(fields);
    if (!fields.containsKey(defaultField)) {
      throw new IllegalArgumentException(defaultField + " is not one of " + fields.keySet());
    }
  }

  /** Sorted by {@code defaultField} ascending when the request names no field. */
  public Sorting(String defaultField, Map<String, String> fields) {
    this(defaultField, true, fields);
  }

  /** The same fields, newest (largest) first when the request names no field. */
  public Sorting descendingByDefault() {
    return new Sorting(defaultField, false, fields);
  }
}
