package org.example.zoo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * A {@code Host} header that is no host (RFC 9110's {@code uri-host [":" port]}: {@code a/ b},
 * spaces, unbalanced brackets) is a 400 problem here, before JAX-RS, which builds the request's URI
 * from it and would fail with a 500 and a stack trace in the log. Nothing is logged: it is the
 * client's mistake, and the log is no place for a stranger to write into.
 */
@WebFilter(urlPatterns = "/*")
public class HostHeaderFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  // RFC 3986: IP-literal (kept simple: hex, colons, dots, a zone), or a reg-name / IPv4address of
  // unreserved, pct-encoded and sub-delims characters; then an optional port.
  private static final Pattern HOST =
      Pattern.compile(
          "(?:\\[[0-9A-Fa-f:.]+(?:%25[A-Za-z0-9._~-]+)?\\]"
              + "|(?:[A-Za-z0-9._~!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+)"
              + "(?::[0-9]{0,5})?");

  /**
   * The server name as the container took it from the request: over HTTP/2 the {@code :authority}
   * (which a client sends instead of Host), over HTTP/1.1 the Host header without its port. Checked
   * loosely (an IPv6 address may come without brackets): no character that no host name or address
   * contains.
   */
  private static final Pattern SERVER_NAME = Pattern.compile("[^\\s/\\\\?#@\"<>{}|^`]*");

  static boolean isValid(String host) {
    return host == null || HOST.matcher(host).matches();
  }

  static boolean isValidServerName(String serverName) {
    return serverName == null || SERVER_NAME.matcher(serverName).matches();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isValid(request.getHeader("Host")) && isValidServerName(request.getServerName())) {
      chain.doFilter(request, response);
      return;
    }
    Problems.write(
        response,
        "about:blank",
        "Bad Request",
        HttpServletResponse.SC_BAD_REQUEST,
        "The Host header is not a host name or address (RFC 9110).",
        null);
  }
}
