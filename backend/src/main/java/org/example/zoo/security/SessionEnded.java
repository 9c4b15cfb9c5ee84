package org.example.zoo.security;

import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.ProblemType;

/**
 * 401: the session cookie renews nothing (none, unknown, expired, revoked). {@code clearCookie}:
 * the answer tells the browser to drop the cookie and its marker; the resource answers that itself
 * (it knows whether the cookies are Secure).
 */
public final class SessionEnded extends ApiException {

  private static final long serialVersionUID = 1L;
  private final boolean clearCookie;

  SessionEnded(String detail, boolean clearCookie) {
    super(ProblemType.UNAUTHENTICATED, detail);
    this.clearCookie = clearCookie;
  }

  static SessionEnded clearing(String detail) {
    return new SessionEnded(detail, true);
  }

  public boolean clearCookie() {
    return clearCookie;
  }
}
