package org.example.zoo.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything not mapped more specifically: persistence failures become 409 or 503 by their cause;
 * anything else is a 500 whose body carries only an incident id, the stack trace goes to the log.
 * Every failure that is logged (the 503 of an unreachable database, the 500) gets a fresh incident
 * id (a UUID) that the problem's detail ends with ("Incident ID.") and the log line names together
 * with the request's method and path ({@code incident ID, GET /api/animals}), so that a client's
 * report and the log (plain or JSON, see the README's "Logs") meet on one string.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context UriInfo uriInfo;
  @Context Request request;

  @Override
  public Response toResponse(Throwable e) {
    ApiException api = Failures.find(e, ApiException.class);
    if (api != null) {
      return Problems.response(api.type(), api.getMessage(), api.errors(), uriInfo);
    }
    if (Failures.isMalformedBody(e)) {
      return Failures.malformedBody(e, uriInfo);
    }
    if (Failures.isConcurrentChange(e)) {
      return Problems.response(
          ProblemType.STALE_VERSION,
          "Someone else changed this data at the same time. Reload it and try again.",
          List.of(),
          uriInfo);
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
      return Response.fromResponse(
              Problems.response(
                  ProblemType.DATABASE_UNAVAILABLE,
                  "The database is not reachable right now. Try again shortly. Incident "
                      + incident
                      + ".",
                  List.of(),
                  uriInfo))
          .header("Retry-After", "5")
          .build();
    }
    if (Failures.isIntegrityViolation(e)) {
      return Problems.response(
          ProblemType.CONFLICT,
          "The change conflicts with existing data (a unique value or a reference).",
          List.of(),
          uriInfo);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident + ", " + request(), e);
    return Problems.response(
        ProblemType.INTERNAL,
        "The server could not complete the request. Incident " + incident + ".",
        List.of(),
        uriInfo);
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
