package org.example.zoo.security;

import java.time.Duration;

/**
 * The {@code Set-Cookie} header of a browser session, written by hand so that every attribute is
 * exactly as intended on any JAX-RS implementation (SameSite above all): {@code zoo_session},
 * visible only to {@code /api/auth/session} (not sent with other API calls), HttpOnly (no script
 * reads it), SameSite=Strict (no cross-site request carries it), Secure when the request came over
 * TLS.
 *
 * <p>Next to it goes a marker that holds no secret, {@code zoo_signed_in=1}: the same lifetime, for
 * every path, readable by the page's script (not HttpOnly). It only tells the web UI that a session
 * may exist, so that a page loaded without one does not ask to resume it (the answer, a 401, is an
 * error in the browser's console on every first visit). Forging it gains nothing: the session
 * cookie alone renews a session.
 */
public final class SessionCookie {

  public static final String NAME = "zoo_session";
  public static final String PATH = "/api/auth/session";
  public static final String MARKER_NAME = "zoo_signed_in";

  private SessionCookie() {}

  /** Sets the cookie to {@code token} for {@code maxAge} (at least one second). */
  public static String set(String token, Duration maxAge, boolean secure) {
    if (!SessionTokens.wellFormed(token)) {
      throw new IllegalArgumentException("not a session token");
    }
    return header(token, Math.max(1, maxAge.toSeconds()), secure);
  }

  /** Tells the browser to drop the cookie. */
  public static String clear(boolean secure) {
    return header("", 0, secure);
  }

  /** The marker that goes with a session cookie of this {@code maxAge}. */
  public static String marker(Duration maxAge, boolean secure) {
    return markerHeader("1", Math.max(1, maxAge.toSeconds()), secure);
  }

  /** Tells the browser to drop the marker. */
  public static String clearMarker(boolean secure) {
    return markerHeader("", 0, secure);
  }

  private static String markerHeader(String value, long maxAge, boolean secure) {
    return MARKER_NAME
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAge
        + "; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  private static String header(String value, long maxAge, boolean secure) {
    return NAME
        + "="
        + value
        + "; Path="
        + PATH
        + "; Max-Age="
        + maxAge
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  /**
   * Whether the browser talked TLS: to this server ({@code request.isSecure()}) or to a proxy in
   * front that says so in {@code X-Forwarded-Proto} (the first value, when proxies are chained).
   * Trusting the header is harmless here: it can only add the Secure attribute.
   */
  public static boolean secure(boolean requestSecure, String forwardedProto) {
    if (requestSecure) {
      return true;
    }
    if (forwardedProto == null) {
      return false;
    }
    int comma = forwardedProto.indexOf(',');
    String first = comma < 0 ? forwardedProto : forwardedProto.substring(0, comma);
    return "https".equalsIgnoreCase(first.strip());
  }
}
