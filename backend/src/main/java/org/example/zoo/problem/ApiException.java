package org.example.zoo.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure the API reports to its client as problem+json. Services throw it; {@link
 * ApiExceptionMapper} turns it into the response.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ProblemType type;
  private final transient List<FieldError> errors;

  public ApiException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ApiException(ProblemType type, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  public static ApiException notFound(String what, long id) {
    return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " does not exist.");
  }

  public static ApiException invalid(String field, String message) {
    return new ApiException(
        ProblemType.VALIDATION,
        "The request has 1 invalid field.",
        List.of(new FieldError(field, message)));
  }

  /**
   * Refuses a delete with a 409 {@code in-use} while {@code count} things still refer to what is to
   * be deleted; nothing when the count is 0. {@code detail}'s {@code %s} is replaced by the count
   * and the noun, plural unless the count is 1 ({@code 2 feedings}).
   */
  public static void requireUnused(long count, String detail, String noun) {
    if (count > 0) {
      throw new ApiException(
          ProblemType.IN_USE, detail.replace("%s", count + " " + (count == 1 ? noun : noun + "s")));
    }
  }

  public static ApiException staleVersion(String what, long id, long expected, long actual) {
    return new ApiException(
        ProblemType.STALE_VERSION,
        what
            + " "
            + id
            + " is at version "
            + actual
            + ", the request was based on version "
            + expected
            + ". Reload it and apply the change again.");
  }

  public ProblemType type() {
    return type;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Response headers that belong to the problem (e.g. Retry-After); none by default. */
  public Map<String, String> headers() {
    return Map.of();
  }
}
