package org.example.zoo.persistence;

import org.example.zoo.problem.ApiException;

/** Optimistic concurrency for full updates: the request names the version it was based on. */
public final class Versions {

  private Versions() {}

  public static void check(String what, long id, Long requested, long actual) {
    if (requested == null) {
      throw ApiException.invalid("version", "is required when updating");
    }
    if (requested != actual) {
      throw ApiException.staleVersion(what, id, requested, actual);
    }
  }
}
