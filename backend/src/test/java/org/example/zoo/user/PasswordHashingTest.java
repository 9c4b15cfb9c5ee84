package org.example.zoo.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  @Test
  void hashHasThePbkdf2PasswordHashFormatWithStrongParameters() {
    String hash = PasswordHashing.hash("correct horse".toCharArray());
    String[] parts = hash.split(":");
    assertEquals(4, parts.length, "algorithm:iterations:salt:hash, got " + hash);
    assertEquals("PBKDF2WithHmacSHA512", parts[0]);
    assertEquals("210000", parts[1]);
    assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
    assertEquals(64, Base64.getDecoder().decode(parts[3]).length, "hash bytes");
    assertFalse(hash.contains("correct horse"), "the hash must not contain the password");
  }

  @Test
  void verifiesTheRightPasswordOnly() {
    String hash = PasswordHashing.hash("s3cret-Password".toCharArray());
    assertTrue(PasswordHashing.verify("s3cret-Password".toCharArray(), hash));
    assertFalse(PasswordHashing.verify("s3cret-password".toCharArray(), hash), "case matters");
    assertFalse(PasswordHashing.verify("".toCharArray(), hash));
  }

  @Test
  void saltsEveryHash() {
    assertNotEquals(
        PasswordHashing.hash("same".toCharArray()),
        PasswordHashing.hash("same".toCharArray()),
        "two hashes of one password must differ by their salt");
  }

  @Test
  void malformedStoredHashesNeverMatch() {
    for (String stored :
        new String[] {
          null,
          "",
          "plain",
          "MD5:1:c2FsdA==:aGFzaA==",
          "PBKDF2WithHmacSHA256:x:c2FsdA==:aGFzaA==",
          "PBKDF2WithHmacSHA256:10:not base64!:aGFzaA==",
          "PBKDF2WithHmacSHA256:0:c2FsdA==:aGFzaA=="
        }) {
      assertFalse(PasswordHashing.verify("plain".toCharArray(), stored), "stored: " + stored);
    }
  }

  @Test
  void hashesOfTheReferenceImplementationVerify() {
    Pbkdf2PasswordHashImpl reference = new Pbkdf2PasswordHashImpl();
    reference.initialize(Map.of()); // the Jakarta Security defaults: SHA-256, 2048 iterations
    String theirs = reference.generate("from soteria".toCharArray());
    assertTrue(PasswordHashing.verify("from soteria".toCharArray(), theirs), theirs);
    assertFalse(PasswordHashing.verify("something else".toCharArray(), theirs));
    assertTrue(PasswordHashing.needsRehash(theirs), "weaker than ours, so rehashed on login");
  }

  @Test
  void ourHashesVerifyWithTheReferenceImplementation() {
    String ours = PasswordHashing.hash("from us".toCharArray());
    Pbkdf2PasswordHashImpl reference = new Pbkdf2PasswordHashImpl();
    reference.initialize(Map.of());
    assertTrue(reference.verify("from us".toCharArray(), ours), ours);
    assertFalse(reference.verify("not us".toCharArray(), ours));
    assertFalse(PasswordHashing.needsRehash(ours));
  }

  @Test
  void anUnknownUserCostsAboutAsMuchAsAWrongPassword() {
    String hash = PasswordHashing.hash("warm-up".toCharArray());
    PasswordHashing.verifyNothing("warm-up".toCharArray());
    long wrong = median(() -> PasswordHashing.verify("wrong".toCharArray(), hash));
    long unknown = median(() -> PasswordHashing.verifyNothing("wrong".toCharArray()));
    double ratio = (double) unknown / wrong;
    assertTrue(
        ratio > 0.33 && ratio < 3.0,
        "an unknown user name must cost a full hash computation too: "
            + unknown / 1_000_000
            + " ms vs "
            + wrong / 1_000_000
            + " ms");
  }

  private static long median(Runnable task) {
    long[] times = new long[3];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      task.run();
      times[i] = System.nanoTime() - start;
    }
    java.util.Arrays.sort(times);
    return times[1];
  }
}
