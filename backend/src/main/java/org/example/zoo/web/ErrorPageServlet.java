package org.example.zoo.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.zoo.problem.Causes;
import org.example.zoo.problem.ProblemType;

/**
 * The error page of the web application (WEB-INF/web.xml): errors the servlet container raises
 * itself, below JAX-RS (a URI with an encoded slash, dot or backslash, a missing static file, a
 * failure in a filter), answer in the API's problem+json shape instead of the container's HTML.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  static final String PATH = "/error-page";
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer c ? c : HttpServletResponse.SC_NOT_FOUND;
    if (malformedUri(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
        || String.valueOf(request.getAttribute(RequestDispatcher.ERROR_MESSAGE))
            .contains("Invalid URI")) {
      status = HttpServletResponse.SC_BAD_REQUEST;
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String instance = uri instanceof String u ? u : request.getRequestURI();
    if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
      internal(request, response, instance);
      return;
    }
    write(response, status, instance);
  }

  /**
   * A failure below the JAX-RS exception mappers (in a servlet filter, say): as theirs
   * (UnexpectedExceptionMapper), the client gets an incident id and the log one line with that id,
   * the request and the stack trace. The container's own report of it is not logged (server.xml).
   */
  private static void internal(
      HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
    String incident = UUID.randomUUID().toString();
    Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    LOG.log(
        Level.SEVERE,
        "Unexpected failure, incident " + incident + ", " + request.getMethod() + " " + path,
        exception instanceof Throwable t ? t : null);
    Problems.write(
        response,
        ProblemType.INTERNAL,
        "The server could not complete the request. Incident " + incident + ".",
        path);
  }

  /**
   * The container's check of encoded slashes, dots and backslashes (CWWWC0005I) throws; that is the
   * client's mistake, not the server's, whatever status the container gave it.
   */
  private static boolean malformedUri(Object exception) {
    return exception instanceof Throwable e
        && Causes.any(
            e,
            t ->
                t.getMessage() != null
                    && (t.getMessage().contains("CWWWC0005I")
                        || t.getMessage().contains("Non-valid URI")));
  }

  static void write(HttpServletResponse response, int status, String instance) throws IOException {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    Problems.write(
        response,
        status == 404 ? ProblemType.NOT_FOUND.uri() : "about:blank",
        type == null ? "HTTP " + status : type.getReasonPhrase(),
        status,
        detail(status),
        instance);
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 ->
          "The request is malformed (for example a path with an encoded slash, dot or backslash).";
      case 403 -> "This request is not allowed.";
      case 404 -> "There is no resource at this path.";
      case 405 -> "This HTTP method is not supported on this path.";
      default ->
          status >= 500
              ? "The server could not complete the request."
              : "The request was not valid.";
    };
  }
}
