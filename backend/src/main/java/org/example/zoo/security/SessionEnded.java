package org.example.zoo.security;

import java.util.Map;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.ProblemType;

/**
 * 401: the session cookie renews nothing (none, unknown, expired, revoked). {@code clearCookie}:
 * the answer tells the browser to drop the cookie; the resource adds that header (it knows whether
 * the cookie is Secure).
 */
public final class SessionEnded extends ApiException {

  private static final long serialVersionUID = 1L;
  private final boolean clearCookie;
  private final String setCookie;

  SessionEnded(String detail, boolean clearCookie) {
    this(detail, clearCookie, null);
  }

  private SessionEnded(String detail, boolean clearCookie, String setCookie) {
    super(ProblemType.UNAUTHENTICATED, detail);
    this.clearCookie = clearCookie;
    this.setCookie = setCookie;
  }

  static SessionEnded clearing(String detail) {
    return new SessionEnded(detail, true);
  }

  public boolean clearCookie() {
    return clearCookie;
  }

  /** The same problem, answered with this Set-Cookie header. */
  public SessionEnded withSetCookie(String header) {
    return new SessionEnded(getMessage(), clearCookie, header);
  }

  @Override
  public Map<String, String> headers() {
    return setCookie == null ? Map.of() : Map.of("Set-Cookie", setCookie);
  }
}
