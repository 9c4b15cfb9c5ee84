package org.example.zoo.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;

/** Bean Validation failures on resource parameters: 400 with one entry per invalid field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    String detail =
        errors.size() == 1
            ? "The request has 1 invalid field."
            : "The request has " + errors.size() + " invalid fields.";
    return Problems.response(ProblemType.VALIDATION, detail, errors, uriInfo);
  }

  /**
   * The property path without the method and parameter nodes: {@code create.request.name} becomes
   * {@code name}; a constraint on the whole body (a class-level rule) is reported on its first
   * named property when it has one.
   */
  static String fieldName(ConstraintViolation<?> violation) {
    StringBuilder name = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> name.setLength(0);
        default -> {
          if (node.getName() == null) {
            continue;
          }
          if (!name.isEmpty()) {
            name.append('.');
          }
          name.append(node.getName());
          if (node.getIndex() != null) {
            name.append('[').append(node.getIndex()).append(']');
          }
        }
      }
    }
    if (name.isEmpty()) {
      // A parameter-level constraint (e.g. on a query parameter): use the parameter's name.
      Path.Node last = null;
      for (Path.Node node : violation.getPropertyPath()) {
        last = node;
      }
      return last == null || last.getName() == null ? "body" : last.getName();
    }
    return name.toString();
  }
}
