package org.example.zoo.problem;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API reports, each with its HTTP status and a stable type URI. */
public enum ProblemType {
  VALIDATION("/problems/validation", "Invalid request", Status.BAD_REQUEST),
  MALFORMED_BODY("/problems/malformed-body", "Malformed request body", Status.BAD_REQUEST),
  NOT_FOUND("/problems/not-found", "Resource not found", Status.NOT_FOUND),
  CONFLICT("/problems/conflict", "Conflict with the current state", Status.CONFLICT),
  STALE_VERSION(
      "/problems/stale-version", "The resource was changed by someone else", Status.CONFLICT),
  CAPACITY_EXCEEDED("/problems/capacity-exceeded", "Enclosure is full", Status.CONFLICT),
  IN_USE("/problems/in-use", "Resource is still in use", Status.CONFLICT),
  ALREADY_EXISTS("/problems/already-exists", "Resource already exists", Status.CONFLICT),
  UNAUTHENTICATED("/problems/unauthenticated", "Authentication required", Status.UNAUTHORIZED),
  LOGIN_FAILED("/problems/login-failed", "Login failed", Status.UNAUTHORIZED),
  LOGIN_LOCKED("/problems/login-locked", "Too many failed logins", Status.TOO_MANY_REQUESTS),
  FORBIDDEN("/problems/forbidden", "Not allowed for your role", Status.FORBIDDEN),
  SESSION_HEADER_MISSING(
      "/problems/session-header-missing", "The X-Zoo-Session header is missing", Status.FORBIDDEN),
  DATABASE_UNAVAILABLE(
      "/problems/database-unavailable", "Database unavailable", Status.SERVICE_UNAVAILABLE),
  INTERNAL("/problems/internal", "Internal server error", Status.INTERNAL_SERVER_ERROR);

  private final String uri;
  private final String title;
  private final Status status;

  ProblemType(String uri, String title, Status status) {
    this.uri = uri;
    this.title = title;
    this.status = status;
  }

  public String uri() {
    return uri;
  }

  public String title() {
    return title;
  }

  public Status status() {
    return status;
  }
}
