package org.example.zoo.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.DatabaseUnavailableException;
import org.example.zoo.problem.ProblemType;

/**
 * Everything not mapped more specifically: persistence failures become 409 or 503 by their cause;
 * anything else is a 500 whose body carries only an incident id, the stack trace goes to the log.
 * Every failure that is logged (the 503 of an unreachable database, the 500) gets a fresh incident
 * id (a UUID) that the problem's detail ends with ("Incident ID.") and the log line names together
 * with the request's method and path ({@code incident ID, GET /api/animals}), so that a client's
 * report and the log (plain or JSON, see "Logs" in docs/operations.md) meet on one string.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context UriInfo uriInfo;
  @Context Request request;

  @Override
  public Response toResponse(Throwable e) {
    ApiException api = Failures.find(e, ApiException.class);
    if (api == null && Failures.isTruncatedBody(e)) {
      return Problems.response(
          ProblemType.MALFORMED_BODY,
          "The request body ended before its end (the connection was closed).",
          java.util.List.of(),
          uriInfo);
    }
    if (api == null && Failures.isMalformedBody(e)) {
      return Failures.malformedBody(e, uriInfo);
    }
    return Problems.response(api != null ? api : classify(e), uriInfo);
  }

  /** A failure that is no ApiException, as the problem its client gets. */
  private ApiException classify(Throwable e) {
    if (Failures.isConcurrentChange(e)) {
      return new ApiException(
          ProblemType.STALE_VERSION,
          "Someone else changed this data at the same time. Reload it and try again.");
    }
    if (Failures.isDatabaseUnavailable(e)) {
      String incident = UUID.randomUUID().toString();
      LOG.warning(
          () ->
              "Database unavailable, incident "
                  + incident
                  + ", "
                  + request()
                  + ": "
                  + Failures.rootMessage(e));
      return new DatabaseUnavailableException(
          "The database is not reachable right now. Try again shortly. Incident " + incident + ".");
    }
    if (Failures.isIntegrityViolation(e)) {
      return new ApiException(
          ProblemType.CONFLICT,
          "The change conflicts with existing data (a unique value or a reference).");
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident + ", " + request(), e);
    return new ApiException(
        ProblemType.INTERNAL,
        "The server could not complete the request. Incident " + incident + ".");
  }

  /** "GET /api/animals" (the path as sent), or "-" outside a request. */
  private String request() {
    try {
      return request.getMethod() + " " + uriInfo.getRequestUri().getRawPath();
    } catch (RuntimeException outsideRequest) {
      return "-";
    }
  }
}
