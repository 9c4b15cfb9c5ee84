package it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Bearer tokens for the tests, signed like the server's own with the integration-test server's key
 * (src/test/liberty/configDropins/it-signing-key.pem), and deliberately broken ones: expired,
 * signed by another key, from another issuer, for another audience.
 */
public final class Tokens {

  public static final String ISSUER = "zoo";
  public static final String AUDIENCE = "zoo";

  private static PrivateKey serverKey;
  private static PrivateKey otherKey;

  private Tokens() {}

  /** A valid token for a user with one group (viewer, keeper, admin, or anything else). */
  public static String valid(String group) {
    return sign(serverKey(), ISSUER, AUDIENCE, group, Instant.now().plus(Duration.ofHours(1)));
  }

  /**
   * A valid token as the built-in login issues it for the user {@code userId} (its user id and
   * token generation 0, a new user's): what a signed-in user holds, without the login's password
   * check and rate limit.
   */
  public static String forUser(String group, long userId) {
    Instant expires = Instant.now().plus(Duration.ofHours(1));
    return sign(
        serverKey(),
        ISSUER,
        AUDIENCE,
        group,
        expires,
        builder -> builder.claim("uid", userId).claim("gen", 0));
  }

  public static String expired(String group) {
    return sign(serverKey(), ISSUER, AUDIENCE, group, Instant.now().minus(Duration.ofHours(1)));
  }

  /** A token whose expiry lies the given time in the past (negative: in the future). */
  public static String expiredAgo(String group, Duration ago) {
    return sign(serverKey(), ISSUER, AUDIENCE, group, Instant.now().minus(ago));
  }

  /** A token of the test key with any issuer, audience and expiry. */
  public static String custom(String group, String issuer, String audience, Instant expires) {
    return sign(serverKey(), issuer, audience, group, expires);
  }

  /** A token signed by a key no server knows. */
  public static String otherKey(String group) {
    return badSignature(group);
  }

  public static String badSignature(String group) {
    return sign(otherKey(), ISSUER, AUDIENCE, group, Instant.now().plus(Duration.ofHours(1)));
  }

  public static String wrongIssuer(String group) {
    return sign(
        serverKey(), "someone-else", AUDIENCE, group, Instant.now().plus(Duration.ofHours(1)));
  }

  public static String wrongAudience(String group) {
    return sign(serverKey(), ISSUER, "another-api", group, Instant.now().plus(Duration.ofHours(1)));
  }

  private static String sign(
      PrivateKey key, String issuer, String audience, String group, Instant expires) {
    return sign(key, issuer, audience, group, expires, builder -> builder);
  }

  private static String sign(
      PrivateKey key,
      String issuer,
      String audience,
      String group,
      Instant expires,
      UnaryOperator<JWTClaimsSet.Builder> more) {
    Instant issued = expires.minus(Duration.ofHours(1));
    JWTClaimsSet claims =
        more.apply(new JWTClaimsSet.Builder())
            .issuer(issuer)
            .audience(audience)
            .subject("it-" + group)
            .claim("upn", "it-" + group)
            .claim("groups", List.of(group))
            .issueTime(Date.from(issued))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static synchronized PrivateKey serverKey() {
    if (serverKey == null) {
      Path file =
          Path.of(
              System.getProperty(
                  "zoo.it.signingKey", "src/test/liberty/configDropins/it-signing-key.pem"));
      try {
        String pem = Files.readString(file);
        String base64 =
            pem.replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        serverKey =
            KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return serverKey;
  }

  private static synchronized PrivateKey otherKey() {
    if (otherKey == null) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        otherKey = generator.generateKeyPair().getPrivate();
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return otherKey;
  }
}
