package org.example.zoo.platform;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The development error page. While the saved code did not compile or the application's start
 * failed ({@link DevStatus}: {@code compile-failed}, {@code start-failed}), the web UI's pages
 * ({@code /} and every client route) answer an HTML page naming the cause, and {@code /api/**} a
 * 503 problem+json ({@code /problems/not-current}) with it, instead of serving old code or nothing.
 * {@code /api/info} keeps answering: it is where the status is read. Only with the dev profile and
 * where the server runs the build's output directory; declared first in web.xml so that it runs
 * before the web UI's filter.
 */
public class DevErrorFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String PROBLEM_TYPE = "/problems/not-current";

  @Inject transient DevStatus status;
  @Inject transient ZooConfig config;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!applies(path) || config.production() || !status.failed()) {
      chain.doFilter(request, response);
      return;
    }
    DevStatus.Dev dev = status.current().orElseThrow();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Retry-After", "2");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (path.startsWith("/api")) {
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
    response.getWriter().write(page(dev));
  }

  /** The API (except /api/info) and the UI's pages; not its assets, health or OpenAPI. */
  static boolean applies(String path) {
    if (path.equals("/api/info") || path.startsWith("/api/health/")) {
      return false;
    }
    if (path.equals("/api") || path.startsWith("/api/")) {
      return true;
    }
    if (path.startsWith("/health") || path.startsWith("/openapi") || path.startsWith("/assets/")) {
      return false;
    }
    return path.equals("/") || !path.substring(path.lastIndexOf('/') + 1).contains(".");
  }

  static String page(DevStatus.Dev dev) {
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
        + "<title>Zoo: "
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
        + " application again once it runs the saved code. The same is in <a"
        + " href=\"/api/info\">/api/info</a> (<code>dev</code>) and in <code>make doctor</code>."
        + " Development profile only.</p></body></html>";
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
