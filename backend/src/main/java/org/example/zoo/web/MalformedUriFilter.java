package org.example.zoo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A request path that is no valid URI (raw {@code {}, {@code |}, a space...) is a 400 problem here,
 * before JAX-RS, which would otherwise fail to parse it and answer 500.
 */
@WebFilter(urlPatterns = "/*")
public class MalformedUriFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      new URI(request.getRequestURI());
    } catch (URISyntaxException e) {
      ErrorPageServlet.write(response, HttpServletResponse.SC_BAD_REQUEST, null);
      return;
    }
    chain.doFilter(request, response);
  }
}
