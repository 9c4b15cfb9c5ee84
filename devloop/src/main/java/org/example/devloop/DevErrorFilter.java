package org.example.devloop;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The development error page. While the saved code does not compile or the application's start
 * failed ({@link DevStatus}: {@code compile-failed}, {@code start-failed}), the application's pages
 * answer a 503 HTML page naming the cause (reloading itself every 3 s), and its API (paths under
 * the context parameter {@value #API} , default {@code /api}) a 503 problem+json ({@code
 * /problems/not-current}, with {@code state}), instead of serving old code or nothing. Requests
 * pass untouched for the dev status itself, files (a last path segment with a dot) and the paths
 * the context parameter {@value #PASS} lists (comma-separated; each passes with everything below
 * it; default {@code /health,/openapi,/metrics}, MicroProfile's endpoints). Registered before every
 * filter the application declares ({@link DevLoopInitializer}).
 */
public class DevErrorFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The problem type of the API's 503 answers. */
  public static final String PROBLEM_TYPE = "/problems/not-current";

  /** Context parameter: the path prefix of the application's API (problem+json answers). */
  public static final String API = "devloop.api";

  /** Context parameter: the paths that are never answered by the error page. */
  public static final String PASS = "devloop.pass";

  private final transient DevStatus status;
  private String api;
  private List<String> pass;

  DevErrorFilter(DevStatus status) {
    this.status = status;
  }

  @Override
  public void init() {
    String configured = getServletContext().getInitParameter(API);
    api = trimSlash(configured == null || configured.isBlank() ? "/api" : configured.trim());
    String passing = getServletContext().getInitParameter(PASS);
    pass =
        Arrays.stream((passing == null ? "/health,/openapi,/metrics" : passing).split(","))
            .map(String::trim)
            .filter(p -> !p.isEmpty())
            .map(DevErrorFilter::trimSlash)
            .toList();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!applies(path, api, pass) || !status.failed()) {
      chain.doFilter(request, response);
      return;
    }
    DevStatus.Dev dev = status.current();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Retry-After", "2");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (under(path, api)) {
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("type", PROBLEM_TYPE)
                  .add("title", "The server does not run the saved code")
                  .add("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                  .add("detail", dev.problem())
                  .add("instance", request.getRequestURI())
                  .add("state", dev.state())
                  .build()
                  .toString());
      return;
    }
    response.setContentType("text/html");
    response
        .getWriter()
        .write(page(dev, request.getContextPath() + DevLoopInitializer.STATUS_PATH));
  }

  /**
   * Whether the error page answers {@code path} (below the context root): the API and the pages,
   * not files, the status, nor what {@code pass} lists.
   */
  static boolean applies(String path, String api, List<String> pass) {
    if (path.equals(DevLoopInitializer.STATUS_PATH)) {
      return false;
    }
    for (String p : pass) {
      if (under(path, p)) {
        return false;
      }
    }
    if (under(path, api)) {
      return true;
    }
    return path.isEmpty()
        || path.equals("/")
        || !path.substring(path.lastIndexOf('/') + 1).contains(".");
  }

  private static boolean under(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }

  private static String trimSlash(String path) {
    String p = path.startsWith("/") ? path : "/" + path;
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  static String page(DevStatus.Dev dev, String statusUrl) {
    StringBuilder errors = new StringBuilder();
    if (dev.state().equals("compile-failed")) {
      for (DevStatus.CompileError e : dev.lastCompile().errors()) {
        String where = e.file() + ":" + e.line() + ": " + e.message();
        errors.append("<li><code>").append(escape(where)).append("</code></li>");
      }
    } else if (dev.lastStart().cause() != null) {
      errors.append("<li><code>").append(escape(dev.lastStart().cause())).append("</code></li>");
    }
    String title =
        dev.state().equals("compile-failed")
            ? "The saved code does not compile"
            : "The application failed to start";
    return "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"refresh\" content=\"3\">"
        + "<title>Dev mode: "
        + title
        + "</title>"
        + "<body style=\"font-family:sans-serif;margin:2rem;max-width:60rem\">"
        + "<h1>"
        + title
        + "</h1>"
        + "<p role=\"alert\" data-dev-state=\""
        + escape(dev.state())
        + "\">"
        + escape(dev.problem())
        + "</p><ul>"
        + errors
        + "</ul><p>Fix it and save: this page reloads by itself (every 3 s) and shows the"
        + " application again once it runs the saved code. The same is at <a href=\""
        + escape(statusUrl)
        + "\">"
        + escape(statusUrl)
        + "</a>. Dev mode only.</p></body></html>";
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
