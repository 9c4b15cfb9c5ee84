package org.example.zoo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;
import org.example.zoo.problem.ProblemType;

/**
 * Bounded input: a request body larger than {@code zoo.http.max-body-bytes} ({@code
 * ZOO_HTTP_MAX_BODY_BYTES}, 256 KiB by default) is refused with {@code 413
 * /problems/payload-too-large} before anything parses it. A declared {@code Content-Length} above
 * the limit is refused unread; a body of unknown length (chunked) is read up to the limit and
 * refused at the first byte beyond it, else handed on from memory. Either way the connection is
 * closed after the answer, so the rest of the body is never read.
 */
@WebFilter(urlPatterns = "/*")
public class BodyLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String SETTING = "zoo.http.max-body-bytes";

  private long limit;

  @Override
  public void init() throws ServletException {
    limit = ConfigProvider.getConfig().getValue(SETTING, Long.class);
    if (limit <= 0 || limit > Integer.MAX_VALUE - 8) {
      throw new ServletException(
          "ZOO_HTTP_MAX_BODY_BYTES (" + SETTING + ") must be between 1 and 2^31-9, not " + limit);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      refuse(request, response);
      return;
    }
    if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
      byte[] body;
      try {
        body = readAtMost(request.getInputStream(), limit);
      } catch (java.io.EOFException closedEarly) {
        // the client closed the connection inside its body: its doing, not an incident
        Problems.write(
            response,
            ProblemType.MALFORMED_BODY,
            "The request body ended before its end (the connection was closed).",
            request.getRequestURI());
        return;
      }
      if (body == null) {
        refuse(request, response);
        return;
      }
      chain.doFilter(new Buffered(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** The whole stream when it holds at most {@code limit} bytes, else null (read no further). */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Connection", "close");
    response.setHeader("Cache-Control", "no-store");
    Problems.write(
        response,
        ProblemType.PAYLOAD_TOO_LARGE,
        "The request body is larger than this server accepts: at most "
            + limit
            + " bytes (ZOO_HTTP_MAX_BODY_BYTES).",
        request.getRequestURI());
    response.flushBuffer();
  }

  /** The request with its body read into memory already. */
  private static final class Buffered extends HttpServletRequestWrapper {

    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("not asynchronous");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
