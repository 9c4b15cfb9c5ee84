package org.example.zoo.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The optional filters of a list query: conditions joined by AND, with named parameters. */
public final class Where {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds {@code condition} (which names {@code :param}) when {@code value} is not null. */
  public Where and(String condition, String param, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(param, value);
    }
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
