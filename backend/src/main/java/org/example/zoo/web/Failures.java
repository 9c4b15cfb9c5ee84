package org.example.zoo.web;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.zoo.persistence.ConcurrentChange;
import org.example.zoo.persistence.DatabaseUnavailable;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;

/** Classifies a failure by its cause chain, so that each mapper does not repeat the walk. */
final class Failures {

  private static final int MAX_DEPTH = 20;
  // JSON-B (Yasson) names the property it could not read: "Unable to deserialize property 'x'".
  private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

  private Failures() {}

  static <T extends Throwable> T find(Throwable e, Class<T> type) {
    Throwable current = e;
    for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
      current = current.getCause();
    }
    return null;
  }

  static boolean isMalformedBody(Throwable e) {
    return find(e, JsonbException.class) != null || find(e, JsonParsingException.class) != null;
  }

  static Response malformedBody(Throwable e, UriInfo uriInfo) {
    String property = null;
    for (Throwable t = e; t != null && property == null; t = t.getCause()) {
      if (t.getMessage() != null) {
        Matcher m = PROPERTY.matcher(t.getMessage());
        if (m.find()) {
          property = m.group(1);
        }
      }
    }
    if (property != null) {
      InvalidValue invalid = find(e, InvalidValue.class);
      return Problems.response(
          ProblemType.MALFORMED_BODY,
          "The request body has a value its field cannot hold.",
          List.of(
              new FieldError(
                  property,
                  invalid == null ? "has the wrong type or format" : invalid.getMessage())),
          uriInfo);
    }
    return Problems.response(
        ProblemType.MALFORMED_BODY,
        "The request body is not valid JSON for this endpoint.",
        List.of(),
        uriInfo);
  }

  static boolean isConcurrentChange(Throwable e) {
    return ConcurrentChange.isConcurrentChange(e);
  }

  static boolean isDatabaseUnavailable(Throwable e) {
    return DatabaseUnavailable.isUnavailable(e) || DatabaseUnavailable.isLoginRefused(e);
  }

  static boolean isIntegrityViolation(Throwable e) {
    if (find(e, SQLIntegrityConstraintViolationException.class) != null) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    for (int depth = 0;
        root.getCause() != null && root.getCause() != root && depth < MAX_DEPTH;
        depth++) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
