package org.example.zoo.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The refresh tokens of browser sessions: 256 random bits, base64url without padding (43
 * characters). The database keeps only their SHA-256 hash, so a copy of the table signs nobody in.
 * (A plain hash suffices: the token has full entropy, there is nothing to guess.)
 */
public final class SessionTokens {

  static final int BYTES = 32;
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private SessionTokens() {}

  /** A new random token. */
  public static String generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether the value can be a token at all (a cookie may hold anything). */
  public static boolean wellFormed(String token) {
    return token != null && WELL_FORMED.matcher(token).matches();
  }

  /** The SHA-256 hash of the token, 64 lower-case hex digits: what the database stores. */
  public static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
