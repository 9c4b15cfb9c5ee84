package org.example.zoo.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.Problem;
import org.example.zoo.problem.ProblemType;

/** Builds problem+json responses; the one place that knows their shape. */
public final class Problems {

  private Problems() {}

  /** The exception's problem, with the response headers it carries (such as Retry-After). */
  public static Response response(ApiException e, UriInfo uriInfo) {
    Response problem = response(e.type(), e.getMessage(), e.errors(), uriInfo);
    if (e.headers().isEmpty()) {
      return problem;
    }
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    e.headers().forEach(builder::header);
    return builder.build();
  }

  public static Response response(
      ProblemType type, String detail, List<FieldError> errors, UriInfo uriInfo) {
    return response(
        type.uri(), type.title(), type.status().getStatusCode(), detail, errors, uriInfo);
  }

  public static Response response(
      String type,
      String title,
      int status,
      String detail,
      List<FieldError> errors,
      UriInfo uriInfo) {
    Problem problem =
        new Problem(
            type,
            title,
            status,
            detail,
            instance(uriInfo),
            errors == null || errors.isEmpty() ? null : errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /**
   * Writes the problem straight to a servlet response, for answers given below JAX-RS (servlet
   * filters, the error page), in the same shape; replaces whatever the response had buffered.
   * Headers set before stay.
   *
   * @param instance the request's path, or null to leave it out
   */
  public static void write(
      HttpServletResponse response, ProblemType type, String detail, String instance)
      throws IOException {
    write(response, type, detail, List.of(), instance);
  }

  /** As above, with the invalid fields named ({@code errors}). */
  public static void write(
      HttpServletResponse response,
      ProblemType type,
      String detail,
      List<FieldError> errors,
      String instance)
      throws IOException {
    write(
        response,
        type.uri(),
        type.title(),
        type.status().getStatusCode(),
        detail,
        errors,
        instance);
  }

  /** As {@link #write(HttpServletResponse, ProblemType, String, String)}, for any type URI. */
  public static void write(
      HttpServletResponse response,
      String type,
      String title,
      int status,
      String detail,
      String instance)
      throws IOException {
    write(response, type, title, status, detail, List.of(), instance);
  }

  private static void write(
      HttpServletResponse response,
      String type,
      String title,
      int status,
      String detail,
      List<FieldError> errors,
      String instance)
      throws IOException {
    JsonObjectBuilder problem =
        Json.createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (instance != null) {
      problem.add("instance", instance);
    }
    if (!errors.isEmpty()) {
      jakarta.json.JsonArrayBuilder fields = Json.createArrayBuilder();
      errors.forEach(
          e ->
              fields.add(
                  Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      problem.add("errors", fields);
    }
    byte[] body = problem.build().toString().getBytes(StandardCharsets.UTF_8);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static String instance(UriInfo uriInfo) {
    try {
      return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    } catch (RuntimeException outsideRequest) {
      return null;
    }
  }
}
