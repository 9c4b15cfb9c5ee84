package org.example.zoo.persistence;

import java.util.LinkedHashMap;
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

  /**
   * Sorting by the entity's own fields, each API name the field of {@code alias} of the same name
   * ({@code "name"} sorts by {@code e.name}); {@link #with} adds fields of joined entities.
   */
  public static Sorting byFields(String alias, String defaultField, String... fields) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (String field : fields) {
      paths.put(field, alias + "." + field);
    }
    return new Sorting(defaultField, paths);
  }

  /** The same fields and {@code field}, which sorts by {@code path} (e.g. {@code s.commonName}). */
  public Sorting with(String field, String path) {
    Map<String, String> more = new LinkedHashMap<>(fields);
    more.put(field, path);
    return new Sorting(defaultField, defaultAscending, more);
  }

  /** The same fields, newest (largest) first when the request names no field. */
  public Sorting descendingByDefault() {
    return new Sorting(defaultField, false, fields);
  }
}
