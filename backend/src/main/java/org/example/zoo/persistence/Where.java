package org.example.zoo.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The optional filters of a list query: conditions joined by AND, with named parameters. */
public final class Where {

  private final LikeDialect dialect;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Conditions for the database of {@code dialect} (see {@link Repository#where()}). */
  public Where(LikeDialect dialect) {
    this.dialect = dialect;
  }

  /** Adds {@code condition} (which names {@code :param}) when {@code value} is not null. */
  public Where and(String condition, String param, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(param, value);
    }
    return this;
  }

  /**
   * Adds a case-insensitive "contains" match of {@code text} on each of {@code paths} (OR-ed), when
   * text is not blank. Every character of the text is matched literally, escaped for the dialect.
   */
  public Where contains(String param, String text, String... paths) {
    if (text == null || text.isBlank()) {
      return this;
    }
    String pattern = dialect.containing(text.trim().toLowerCase(java.util.Locale.ROOT));
    List<String> matches = new ArrayList<>();
    for (String path : paths) {
      matches.add("LOWER(" + path + ") LIKE :" + param + " ESCAPE '" + LikeDialect.ESCAPE + "'");
    }
    conditions.add("(" + String.join(" OR ", matches) + ")");
    parameters.put(param, pattern);
    return this;
  }

  public Where and(String condition) {
    conditions.add(condition);
    return this;
  }

  public String clause() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  public Map<String, Object> parameters() {
    return parameters;
  }
}
