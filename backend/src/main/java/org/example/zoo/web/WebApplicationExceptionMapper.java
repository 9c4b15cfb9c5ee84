package org.example.zoo.web;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.example.zoo.problem.ProblemType;

/**
 * The runtime's own HTTP errors (unknown path, wrong method, wrong media type, unreadable body) in
 * the same problem+json shape as the application's, without the runtime's default body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    if (Failures.isMalformedBody(e)) {
      return Failures.malformedBody(e, uriInfo);
    }
    Response original = e.getResponse();
    int status = original.getStatus();
    Response.StatusType statusType = Response.Status.fromStatusCode(status);
    String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
    String detail = detailFor(e, status);
    Response problem =
        Problems.response(
            status == 404 ? ProblemType.NOT_FOUND.uri() : "about:blank",
            title,
            status,
            detail,
            null,
            uriInfo);
    if (e instanceof NotAllowedException && original.getHeaderString("Allow") != null) {
      return Response.fromResponse(problem)
          .header("Allow", original.getHeaderString("Allow"))
          .build();
    }
    return problem;
  }

  private static String detailFor(WebApplicationException e, int status) {
    if (e instanceof NotSupportedException) {
      return "This endpoint accepts application/json.";
    }
    return switch (status) {
      case 404 -> "There is no resource at this path.";
      case 405 -> "This HTTP method is not supported on this path.";
      case 406 -> "The Accept header allows none of the media types this endpoint answers with.";
      case 415 -> "This endpoint accepts application/json.";
      default ->
          status >= 500
              ? "The server could not complete the request."
              : "The request was not valid.";
    };
  }
}
