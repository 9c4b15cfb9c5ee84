package org.example.zoo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A validated {@code ?page=&size=&sort=field,asc|desc}. Sort fields are API property names, mapped
 * to JPQL paths by each resource's whitelist, so a client never reaches into the query text.
 */
public record PageRequest(int page, int size, String sortPath, boolean ascending) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /**
   * @param sortable API property name to JPQL path, in the order they are listed in errors
   * @param defaultSort the API property sorted by when the request names none
   */
  public static PageRequest parse(
      String page, String size, String sort, Map<String, String> sortable, String defaultSort) {
    List<FieldError> errors = new ArrayList<>();
    int pageNumber = parseInt(page, 0, "page", 0, Integer.MAX_VALUE, errors);
    int pageSize = parseInt(size, DEFAULT_SIZE, "size", 1, MAX_SIZE, errors);
    String sortField = defaultSort;
    boolean ascending = true;
    if (sort != null && !sort.isBlank()) {
      String[] parts = sort.split(",", -1);
      sortField = parts[0].trim();
      if (parts.length > 2) {
        errors.add(new FieldError("sort", "must be field,asc or field,desc"));
      } else if (parts.length == 2) {
        String direction = parts[1].trim().toLowerCase(java.util.Locale.ROOT);
        if (direction.equals("desc")) {
          ascending = false;
        } else if (!direction.equals("asc")) {
          errors.add(new FieldError("sort", "direction must be asc or desc"));
        }
      }
      if (!sortable.containsKey(sortField)) {
        errors.add(
            new FieldError(
                "sort",
                "unknown sort field '"
                    + sortField
                    + "'; one of "
                    + String.join(", ", new java.util.TreeSet<>(sortable.keySet()))));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiException(
          ProblemType.VALIDATION, "The paging or sorting parameters are invalid.", errors);
    }
    return new PageRequest(pageNumber, pageSize, sortable.get(sortField), ascending);
  }

  /** Parses an optional numeric query parameter; null when absent, a 400 when not a number. */
  public static Long optionalId(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return StrictNumbers.parseLong(value, 1, Long.MAX_VALUE);
    } catch (InvalidValue e) {
      throw ApiException.invalid(name, e.getMessage());
    }
  }

  public int offset() {
    long offset = (long) page * size;
    return offset > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) offset;
  }

  /** The ORDER BY clause, with the id as tie-breaker so that pages do not overlap. */
  public String orderBy(String idPath) {
    String direction = ascending ? " ASC" : " DESC";
    String clause = " ORDER BY " + sortPath + direction;
    return sortPath.equals(idPath) ? clause : clause + ", " + idPath + direction;
  }

  private static int parseInt(
      String value, int fallback, String name, int min, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return StrictNumbers.parseInt(value, min, max);
    } catch (InvalidValue e) {
      errors.add(new FieldError(name, e.getMessage()));
      return fallback;
    }
  }
}
