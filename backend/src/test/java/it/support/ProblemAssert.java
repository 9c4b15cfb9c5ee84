package it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;

/** Checks the RFC 9457 shape every error response must have. */
public final class ProblemAssert {

  private ProblemAssert() {}

  public static JsonObject assertProblem(Api.Reply reply, int status, String type) {
    assertEquals(status, reply.status(), () -> "status of " + reply);
    assertNotNull(reply.contentType(), () -> "content type of " + reply);
    assertTrue(
        reply.contentType().startsWith("application/problem+json"),
        () -> "problem+json expected: " + reply.contentType() + " in " + reply);
    JsonObject problem = reply.json();
    assertEquals(status, problem.getInt("status"), () -> "status member of " + reply);
    if (type != null) {
      assertEquals(type, problem.getString("type"), () -> "type of " + reply);
    }
    assertFalse(problem.getString("title", "").isBlank(), () -> "title of " + reply);
    assertFalse(problem.getString("detail", "").isBlank(), () -> "detail of " + reply);
    String body = reply.text();
    assertFalse(body.contains("Exception"), () -> "no exception names in " + body);
    assertFalse(body.contains("\tat "), () -> "no stack trace in " + body);
    assertFalse(body.toUpperCase().contains("SELECT "), () -> "no SQL in " + body);
    return problem;
  }

  /**
   * A 400 {@code validation} problem whose field errors name {@code field}.
   *
   * @return the message for that field
   */
  public static String assertInvalid(Api.Reply reply, String field) {
    assertProblem(reply, 400, "/problems/validation");
    Map<String, String> errors = Api.fieldErrors(reply);
    assertTrue(errors.containsKey(field), () -> field + " is named in " + reply);
    return errors.get(field);
  }

  /** {@link #assertInvalid(Api.Reply, String)} with exactly {@code message} for the field. */
  public static void assertInvalid(Api.Reply reply, String field, String message) {
    assertEquals(message, assertInvalid(reply, field), () -> "the message for " + field);
  }
}
