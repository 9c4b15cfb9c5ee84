package org.example.zoo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

  @Test
  void readsItsOwnPemAndDerivesThePublicKey() {
    SigningKey generated = SigningKey.generate();
    SigningKey read = SigningKey.fromPem(generated.privateKeyPem());
    assertEquals(generated.publicKey(), read.publicKey());
    assertTrue(read.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
  }

  @Test
  void refusesWhatIsNotAPkcs8RsaKey() {
    IllegalArgumentException traditional =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SigningKey.fromPem(
                    "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"));
    assertTrue(traditional.getMessage().contains("openssl pkcs8"), traditional.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SigningKey.fromPem(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> SigningKey.fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
  }

  @Test
  void refusesShortKeysWithoutPrintingTheKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    String base64 =
        Base64.getMimeEncoder()
            .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
    String pem = "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SigningKey.fromPem(pem));
    assertTrue(e.getMessage().contains("1024 bits"), e.getMessage());
    assertFalse(e.getMessage().contains(base64.substring(10, 40)), "the message leaks the key");
  }
}
