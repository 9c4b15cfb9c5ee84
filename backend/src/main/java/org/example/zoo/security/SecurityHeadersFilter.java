package org.example.zoo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.web.Problems;

/**
 * API responses are per-user data, so no cache (browser or shared) keeps them, tokens above all.
 * (The headers of every response, no MIME sniffing, no framing, no referrer and with TLS HSTS, are
 * the server's: the httpEndpoint's {@code headers} in tls-off.xml and tls-on.xml, which also reach
 * Liberty's own endpoints and error pages that no filter of this application sees.)
 *
 * <p>Also gives the container's own 401 (a missing, expired or rejected bearer token, refused by
 * the MicroProfile JWT feature with an empty body) the API's problem+json shape.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Pattern EXP = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith("/api/");
    if (api) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
    if (api
        && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED
        && !response.isCommitted()
        && response.getContentType() == null) {
      writeUnauthenticated(request, response);
    }
  }

  private static void writeUnauthenticated(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Problems.write(
        response,
        ProblemType.UNAUTHENTICATED,
        unauthenticatedDetail(request.getHeader("Authorization")),
        request.getRequestURI());
  }

  /**
   * Why the token was refused, as far as can be told without trusting it: its expiry is read
   * (unverified) only to word the message; the server has already rejected the token.
   */
  static String unauthenticatedDetail(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return "Sign in first: this needs a bearer token (POST /api/auth/login).";
    }
    String[] parts = authorization.substring(7).trim().split("\\.");
    if (parts.length == 3) {
      try {
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        Matcher exp = EXP.matcher(claims);
        if (exp.find()
            && Instant.ofEpochSecond(Long.parseLong(exp.group(1))).isBefore(Instant.now())) {
          return "The token has expired: sign in again.";
        }
      } catch (IllegalArgumentException | java.time.DateTimeException unreadable) {
        // not base64, or an expiry no clock can reach: the general message
      }
    }
    return "The token was not accepted (signature, issuer, audience or format): sign in again.";
  }
}
