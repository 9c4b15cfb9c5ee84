package org.example.zoo.problem;

import java.util.Map;

/**
 * 503 {@code database-unavailable} with {@code Retry-After: 5}: the database is not migrated yet,
 * or cannot be reached right now. The one place that answer is made, for the readiness filter and
 * for failures classified as a lost connection.
 */
public class DatabaseUnavailableException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** Seconds a client should wait before it tries again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public DatabaseUnavailableException(String detail) {
    super(ProblemType.DATABASE_UNAVAILABLE, detail);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
  }
}
