package org.example.zoo.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.Locale;

/**
 * The kinds of problem the API reports, each with its HTTP status and a stable type URI: {@code
 * /problems/} and the constant's name in lower case with hyphens ({@code STALE_VERSION} is {@code
 * /problems/stale-version}), so renaming a constant changes the API.
 */
public enum ProblemType {
  VALIDATION("Invalid request", Status.BAD_REQUEST),
  MALFORMED_BODY("Malformed request body", Status.BAD_REQUEST),
  NOT_FOUND("Resource not found", Status.NOT_FOUND),
  CONFLICT("Conflict with the current state", Status.CONFLICT),
  STALE_VERSION("The resource was changed by someone else", Status.CONFLICT),
  CAPACITY_EXCEEDED("Enclosure is full", Status.CONFLICT),
  IN_USE("Resource is still in use", Status.CONFLICT),
  ALREADY_EXISTS("Resource already exists", Status.CONFLICT),
  UNAUTHENTICATED("Authentication required", Status.UNAUTHORIZED),
  LOGIN_FAILED("Login failed", Status.UNAUTHORIZED),
  LOGIN_LOCKED("Too many failed logins", Status.TOO_MANY_REQUESTS),
  LOGIN_RATE_LIMITED("Too many sign-in attempts from your address", Status.TOO_MANY_REQUESTS),
  LOGIN_BUSY("Too many sign-ins at once", Status.SERVICE_UNAVAILABLE),
  PAYLOAD_TOO_LARGE("Request body too large", Status.REQUEST_ENTITY_TOO_LARGE),
  FORBIDDEN("Not allowed for your role", Status.FORBIDDEN),
  SESSION_HEADER_MISSING("The X-Zoo-Session header is missing", Status.FORBIDDEN),
  DATABASE_UNAVAILABLE("Database unavailable", Status.SERVICE_UNAVAILABLE),
  INTERNAL("Internal server error", Status.INTERNAL_SERVER_ERROR);

  private final String title;
  private final Status status;

  ProblemType(String title, Status status) {
    this.title = title;
    this.status = status;
  }

  /** The type URI, e.g. {@code /problems/stale-version} (relative to the API's host). */
  public String uri() {
    return "/problems/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String title() {
    return title;
  }

  public Status status() {
    return status;
  }
}
