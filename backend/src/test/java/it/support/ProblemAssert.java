package it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

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
}
