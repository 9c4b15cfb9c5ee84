package org.example.devloop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /devloop/status}: the dev status as JSON ({@link DevStatus#toJson()}), never cached.
 * What tools ask (the module's {@code doctor.py}); the application may include the same object in
 * its own answers ({@link DevLoopInitializer#STATUS_ATTRIBUTE}).
 */
public class DevStatusServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient DevStatus status;

  DevStatusServlet(DevStatus status) {
    this.status = status;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(status.toJson().toString());
  }
}
