package org.example.zoo.web;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.zoo.persistence.ConcurrentChange;
import org.example.zoo.persistence.DatabaseUnavailable;
import org.example.zoo.problem.Causes;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;

/** Classifies a failure by its cause chain, so that each mapper does not repeat the walk. */
final class Failures {

  // JSON-B (Yasson) names the property it could not read: "Unable to deserialize property 'x'".
  private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

  private Failures() {}

  static <T extends Throwable> T find(Throwable e, Class<T> type) {
    return Causes.find(e, type).orElse(null);
  }

  /**
   * The client closed the connection in the middle of its request body (an EOFException while it
   * was read): the client's doing, answered 400 (if it still listens) and not logged as an
   * incident.
   */
  static boolean isTruncatedBody(Throwable e) {
    return find(e, java.io.EOFException.class) != null;
  }

  static boolean isMalformedBody(Throwable e) {
    return find(e, JsonbException.class) != null || find(e, JsonParsingException.class) != null;
  }

  static Response malformedBody(Throwable e, UriInfo uriInfo) {
    StrictJsonParser.InvalidJsonText text = find(e, StrictJsonParser.InvalidJsonText.class);
    if (text != null) {
      return Problems.response(
          ProblemType.MALFORMED_BODY,
          "The request body has text its field cannot hold.",
          List.of(new FieldError(text.field(), text.getMessage())),
          uriInfo);
    }
    String property =
        Causes.chain(e).stream()
            .filter(t -> t.getMessage() != null)
            .map(t -> PROPERTY.matcher(t.getMessage()))
            .filter(Matcher::find)
            .map(m -> m.group(1))
            .findFirst()
            .orElse(null);
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
    return DatabaseUnavailable.cannotConnect(e);
  }

  static boolean isIntegrityViolation(Throwable e) {
    return Causes.any(
        e,
        t ->
            t instanceof SQLIntegrityConstraintViolationException
                || DatabaseUnavailable.sqlStateStartsWith(t, "23"));
  }

  static String rootMessage(Throwable e) {
    Throwable root = Causes.root(e);
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
