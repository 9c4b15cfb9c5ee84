package org.example.zoo.user;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes in the format of Jakarta Security's {@code Pbkdf2PasswordHash} ({@code
 * algorithm:iterations:base64(salt):base64(hash)}), so that any Jakarta Security identity store can
 * read the users table, with stronger parameters than its defaults (SHA-512, 210 000 iterations as
 * OWASP recommends, 32-byte salt, 64-byte hash).
 *
 * <p>Verification is ours rather than the container's {@code Pbkdf2PasswordHash.verify} because the
 * comparison must take the same time wherever the first differing byte is ({@link
 * MessageDigest#isEqual}); Open Liberty's implementation compares with {@code Arrays.equals}, which
 * returns at the first difference. The PBKDF2 itself is the JDK's. {@code PasswordHashingTest}
 * checks both directions against the Jakarta Security reference implementation.
 */
public final class PasswordHashing {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  public static final int ITERATIONS = 210_000;
  static final int SALT_BYTES = 32;
  static final int HASH_BYTES = 64;

  private static final Set<String> ALGORITHMS =
      Set.of("PBKDF2WithHmacSHA224", "PBKDF2WithHmacSHA256", "PBKDF2WithHmacSHA384", ALGORITHM);
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Verified instead of a real hash when the user does not exist, so that an unknown name costs the
   * same time as a wrong password.
   */
  private static final String DUMMY = hash("not a password".toCharArray());

  private PasswordHashing() {}

  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = pbkdf2(ALGORITHM, password, salt, ITERATIONS, HASH_BYTES);
    Base64.Encoder base64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(hash);
  }

  /**
   * True when the password matches the stored hash. A null or malformed stored hash never matches
   * (and still costs one full hash computation).
   */
  public static boolean verify(char[] password, String stored) {
    Parsed parsed = Parsed.of(stored);
    if (parsed == null) {
      verify(password, DUMMY);
      return false;
    }
    byte[] candidate =
        pbkdf2(parsed.algorithm, password, parsed.salt, parsed.iterations, parsed.hash.length);
    return MessageDigest.isEqual(candidate, parsed.hash);
  }

  /** Spends the time of a verification without a stored hash to compare with. */
  public static void verifyNothing(char[] password) {
    verify(password, DUMMY);
  }

  /** True when the stored hash was made with weaker parameters than today's: rehash on login. */
  public static boolean needsRehash(String stored) {
    Parsed parsed = Parsed.of(stored);
    return parsed == null
        || !parsed.algorithm.equals(ALGORITHM)
        || parsed.iterations < ITERATIONS
        || parsed.hash.length < HASH_BYTES;
  }

  private static byte[] pbkdf2(
      String algorithm, char[] password, byte[] salt, int iterations, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available: " + algorithm, e);
    } finally {
      spec.clearPassword();
    }
  }

  private record Parsed(String algorithm, int iterations, byte[] salt, byte[] hash) {

    static Parsed of(String stored) {
      if (stored == null) {
        return null;
      }
      String[] parts = stored.split(":");
      if (parts.length != 4 || !ALGORITHMS.contains(parts[0])) {
        return null;
      }
      try {
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        if (iterations < 1 || salt.length == 0 || hash.length == 0) {
          return null;
        }
        return new Parsed(parts[0], iterations, salt, hash);
      } catch (IllegalArgumentException malformed) {
        return null;
      }
    }
  }
}
