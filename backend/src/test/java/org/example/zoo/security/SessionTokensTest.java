package org.example.zoo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionTokensTest {

  @Test
  void tokensAre256RandomBitsInBase64Url() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = SessionTokens.generate();
      assertEquals(43, token.length(), token);
      assertTrue(token.matches("[A-Za-z0-9_-]+"), "base64url without padding: " + token);
      assertEquals(32, Base64.getUrlDecoder().decode(token).length);
      assertTrue(SessionTokens.wellFormed(token), token);
      assertTrue(seen.add(token), "a token came twice");
    }
  }

  @Test
  void theHashIsSha256InHex() {
    // SHA-256("abc"), FIPS 180-2 appendix B.1
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        SessionTokens.hash("abc"));
    String token = SessionTokens.generate();
    String hash = SessionTokens.hash(token);
    assertEquals(64, hash.length());
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    assertEquals(hash, SessionTokens.hash(token), "the same token, the same hash");
    assertNotEquals(hash, SessionTokens.hash(SessionTokens.generate()));
    assertFalse(hash.contains(token));
  }

  @Test
  void onlyTokensLookLikeTokens() {
    assertFalse(SessionTokens.wellFormed(null));
    assertFalse(SessionTokens.wellFormed(""));
    assertFalse(SessionTokens.wellFormed("x".repeat(42)));
    assertFalse(SessionTokens.wellFormed("x".repeat(44)));
    assertFalse(SessionTokens.wellFormed("x".repeat(42) + "="));
    assertFalse(SessionTokens.wellFormed("x".repeat(42) + "+"));
    assertFalse(SessionTokens.wellFormed("x".repeat(42) + ";"));
    assertTrue(SessionTokens.wellFormed("x".repeat(42) + "-"));
  }
}
