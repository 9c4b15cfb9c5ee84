package org.example.hello;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The API: {@code GET /api/greeting} answers the greeting as JSON. */
@WebServlet("/api/greeting")
public class GreetingResource extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(Json.createObjectBuilder().add("greeting", HelloServlet.greeting()).build().toString());
  }
}
