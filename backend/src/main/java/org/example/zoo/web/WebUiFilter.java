package org.example.zoo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the single-page web UI next to the API: a browser's reload of a client-side route ({@code
 * /animals/5}) gets {@code index.html}; hashed assets are cached for a year (and sent as the build
 * compressed them, Brotli or gzip, when the browser accepts it: {@link PrecompressedAssets}), the
 * HTML and other files are revalidated, so a new build shows up on the next load. The API, health
 * and OpenAPI paths pass untouched.
 *
 * <p>What the UI serves carries a Content-Security-Policy: scripts, styles, images and API calls
 * from this origin only (Vite's build has no inline script or style), no plugins, no framing. A
 * file that does not exist is a 404 problem answered here, never cached (a year-long cache of a 404
 * would outlive the deployment that brings the file) and without the container's log line and FFDC
 * report per missing file.
 */
@WebFilter(urlPatterns = "/*")
public class WebUiFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String INDEX = "/index.html";

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(INDEX) && isRead(request)) {
      // the page itself, asked for by its name (the container maps it apart from other files)
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("Cache-Control", "no-cache");
      chain.doFilter(request, response);
      return;
    }
    if (isBackend(path) || !isRead(request) || !servedAsStaticFile(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    boolean clientRoute =
        path.equals("/") || !path.substring(path.lastIndexOf('/') + 1).contains(".");
    if (!clientRoute) {
      // The decoded path, as the container's file servlet looks it up.
      String file =
          request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
      if (file.endsWith("/") || getServletContext().getResource(file) == null) {
        response.setHeader("Cache-Control", "no-store");
        ErrorPageServlet.write(response, HttpServletResponse.SC_NOT_FOUND, request.getRequestURI());
        return;
      }
      if (!PrecompressedAssets.isHashedAsset(path)) {
        // favicon.svg and the like keep their names from build to build: revalidated (a 304)
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
        return;
      }
      response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      response.setHeader("Vary", "Accept-Encoding");
      for (PrecompressedAssets.Encoding encoding :
          PrecompressedAssets.accepted(request.getHeader("Accept-Encoding"))) {
        if (getServletContext().getResource(file + encoding.suffix) != null) {
          response.setHeader("Content-Encoding", encoding.token);
          String type = getServletContext().getMimeType(file);
          request
              .getRequestDispatcher(file + encoding.suffix)
              .forward(
                  request,
                  PrecompressedAssets.withContentType(
                      response, type == null ? "application/octet-stream" : type));
          return;
        }
      }
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", "no-cache");
    if (getServletContext().getResource(INDEX) == null) {
      notBuilt(response);
      return;
    }
    request.getRequestDispatcher(INDEX).forward(request, response);
  }

  static boolean isBackend(String path) {
    return path.startsWith("/api/")
        || path.equals("/api")
        || path.startsWith("/health")
        || path.startsWith("/openapi")
        || path.startsWith("/metrics")
        || path.startsWith("/ibm/");
  }

  /** Only what the container's default servlet would serve; JAX-RS and other servlets pass. */
  private static boolean servedAsStaticFile(HttpServletRequest request) {
    MappingMatch match = request.getHttpServletMapping().getMappingMatch();
    return match == MappingMatch.DEFAULT || match == MappingMatch.CONTEXT_ROOT;
  }

  private static boolean isRead(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  /** Dev mode started without building the UI: say how, instead of a bare 404. */
  private static void notBuilt(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "<!doctype html><html lang=\"en\"><title>Zoo: web UI not built</title>"
                + "<h1>The web UI is not built yet</h1>"
                + "<p>Run <code>./mvnw</code> (builds the UI, then starts dev mode) or"
                + " <code>npm --prefix frontend run build</code>, then reload. The API is at"
                + " <a href=\"/api/animals\">/api/animals</a>.</p></html>");
  }
}
