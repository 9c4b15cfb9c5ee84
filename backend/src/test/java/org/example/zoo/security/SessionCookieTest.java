package org.example.zoo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionCookieTest {

  private static final String TOKEN = "A".repeat(42) + "_";

  @Test
  void theCookieIsHttpOnlyStrictAndOnlyForTheSessionEndpoint() {
    assertEquals(
        "zoo_session="
            + TOKEN
            + "; Path=/api/auth/session; Max-Age=43200; HttpOnly; SameSite=Strict",
        SessionCookie.set(TOKEN, Duration.ofHours(12), false));
    assertEquals(
        "zoo_session="
            + TOKEN
            + "; Path=/api/auth/session; Max-Age=43200; HttpOnly; SameSite=Strict; Secure",
        SessionCookie.set(TOKEN, Duration.ofHours(12), true));
  }

  @Test
  void aNearlyEndedSessionStillGetsOneSecond() {
    assertTrue(SessionCookie.set(TOKEN, Duration.ofMillis(300), false).contains("; Max-Age=1;"));
  }

  @Test
  void clearingSetsMaxAgeZero() {
    assertEquals(
        "zoo_session=; Path=/api/auth/session; Max-Age=0; HttpOnly; SameSite=Strict",
        SessionCookie.clear(false));
    assertTrue(SessionCookie.clear(true).endsWith("; Secure"));
  }

  @Test
  void theMarkerHoldsNoSecretLivesAsLongAndIsReadableByThePage() {
    assertEquals(
        "zoo_signed_in=1; Path=/; Max-Age=43200; SameSite=Strict",
        SessionCookie.marker(Duration.ofHours(12), false));
    assertEquals(
        "zoo_signed_in=1; Path=/; Max-Age=1; SameSite=Strict; Secure",
        SessionCookie.marker(Duration.ofMillis(300), true));
    assertEquals(
        "zoo_signed_in=; Path=/; Max-Age=0; SameSite=Strict", SessionCookie.clearMarker(false));
    assertTrue(SessionCookie.clearMarker(true).endsWith("; Secure"));
  }

  @Test
  void onlyATokenGoesIntoTheCookie() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SessionCookie.set("x; Domain=evil.example", Duration.ofHours(1), false));
  }

  @Test
  void secureWhenTheBrowserTalkedTls() {
    assertTrue(SessionCookie.secure(true, null));
    assertTrue(SessionCookie.secure(false, "https"));
    assertTrue(SessionCookie.secure(false, "HTTPS"));
    assertTrue(SessionCookie.secure(false, " https , http"), "the first proxy saw the browser");
    assertFalse(SessionCookie.secure(false, null));
    assertFalse(SessionCookie.secure(false, "http"));
    assertFalse(SessionCookie.secure(false, "http, https"));
    assertFalse(SessionCookie.secure(false, ""));
  }
}
