package org.example.zoo.persistence;

/**
 * Which page of a list to read and how to order it: {@code page} counts from 0, {@code size} items
 * a page, {@code sortPath} the JPQL path sorted by. Built from the query parameters by {@code
 * web.PageParams}, which checks them against the list's {@link Sorting}.
 */
public record PageRequest(int page, int size, String sortPath, boolean ascending) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

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
}
