package org.example.zoo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;

/**
 * A request path that is no valid URI (raw {@code {}, {@code |}, a space...) is a 400 problem here,
 * before JAX-RS, which would otherwise fail to parse it and answer 500; so is a path or query
 * parameter whose percent escapes are not UTF-8 ({@code %ff}), which JAX-RS would answer with a
 * stack trace in the log (the path) or silently turn into U+FFFD (the query): nothing is logged.
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
    if (!utf8(request.getRequestURI())) {
      Problems.write(
          response, ProblemType.VALIDATION, "The path's percent escapes are not UTF-8.", null);
      return;
    }
    String badParameter = badParameter(request.getQueryString());
    if (badParameter != null) {
      Problems.write(
          response,
          ProblemType.VALIDATION,
          "A query parameter's percent escapes are not UTF-8.",
          List.of(new FieldError(badParameter, "is not UTF-8 once percent-decoded")),
          request.getRequestURI());
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * The (leniently decoded) name of the first query parameter whose name or value does not decode
   * to UTF-8, or null when all do (or there is no query).
   */
  static String badParameter(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      if (!utf8(name) || !utf8(value)) {
        return new String(percentDecoded(name), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** True when the text's percent escapes (and other characters) make valid UTF-8. */
  static boolean utf8(String raw) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(percentDecoded(raw)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The bytes that the text's percent escapes stand for (anything else as its UTF-8). */
  private static byte[] percentDecoded(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) && hex(raw.charAt(i + 2))) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toByteArray();
  }

  private static boolean hex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
