package org.example.zoo.security;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RSA key pair the built-in login signs tokens with (RS256, the MicroProfile JWT default). Read
 * from a PKCS#8 PEM ({@code openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048}); the
 * public half is derived, so only one secret needs configuring.
 */
public record SigningKey(RSAPrivateCrtKey privateKey, RSAPublicKey publicKey) {

  private static final Pattern PKCS8 =
      Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

  /** Parses a PKCS#8 PEM private key; the message says what is wrong, never the key itself. */
  public static SigningKey fromPem(String pem) {
    Matcher matcher = PKCS8.matcher(pem == null ? "" : pem);
    if (!matcher.find()) {
      throw new IllegalArgumentException(
          "not a PKCS#8 PEM private key (expected -----BEGIN PRIVATE KEY-----; convert an"
              + " RSA PRIVATE KEY with: openssl pkcs8 -topk8 -nocrypt)");
    }
    byte[] der = Base64.getMimeDecoder().decode(matcher.group(1));
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof RSAPrivateCrtKey key)) {
        throw new IllegalArgumentException("the private key lacks its RSA CRT parameters");
      }
      if (key.getModulus().bitLength() < 2048) {
        throw new IllegalArgumentException(
            "the RSA key has " + key.getModulus().bitLength() + " bits; at least 2048 are needed");
      }
      RSAPublicKey publicKey =
          (RSAPublicKey)
              rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
      return new SigningKey(key, publicKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an RSA private key: " + e.getMessage());
    }
  }

  public static SigningKey generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      return new SigningKey((RSAPrivateCrtKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JVM cannot generate RSA keys", e);
    }
  }

  public String privateKeyPem() {
    return pem("PRIVATE KEY", privateKey.getEncoded());
  }

  /** X.509 SubjectPublicKeyInfo PEM, the form {@code mp.jwt.verify.publickey} accepts. */
  public String publicKeyPem() {
    return pem("PUBLIC KEY", publicKey.getEncoded());
  }

  private static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  @Override
  public String toString() {
    return "SigningKey[RSA " + publicKey.getModulus().bitLength() + " bits]";
  }
}
