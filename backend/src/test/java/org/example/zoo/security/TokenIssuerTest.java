package org.example.zoo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.example.zoo.user.Role;
import org.junit.jupiter.api.Test;

class TokenIssuerTest {

  private static final SigningKey KEY = SigningKey.generate();
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  private final TokenIssuer issuer =
      new TokenIssuer(
          KEY, "zoo", "zoo-api", Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void claimsAreWhatMicroProfileJwtReads() throws Exception {
    TokenIssuer.Issued issued = issuer.issue(7, 3, "keeper", Role.KEEPER);
    JWTClaimsSet claims = SignedJWT.parse(issued.token()).getJWTClaimsSet();
    assertEquals("zoo", claims.getIssuer());
    assertEquals(List.of("zoo-api"), claims.getAudience());
    assertEquals("keeper", claims.getSubject());
    assertEquals("keeper", claims.getStringClaim("upn"));
    assertEquals(List.of("keeper"), claims.getStringListClaim("groups"));
    assertEquals(NOW, claims.getIssueTime().toInstant());
    assertEquals(NOW.plus(Duration.ofMinutes(15)), claims.getExpirationTime().toInstant());
    assertEquals(claims.getExpirationTime().toInstant(), issued.expiresAt());
    assertNotNull(claims.getJWTID());
    assertEquals(7L, claims.getLongClaim("uid"));
    assertEquals(3L, claims.getLongClaim("gen"));
  }

  @Test
  void signedWithRs256AndVerifiableWithThePublicKeyOnly() throws Exception {
    SignedJWT jwt = SignedJWT.parse(issuer.issue(1, 0, "admin", Role.ADMIN).token());
    assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
    assertEquals(JOSEObjectType.JWT, jwt.getHeader().getType());
    assertNotNull(jwt.getHeader().getKeyID());
    assertTrue(jwt.verify(new RSASSAVerifier(KEY.publicKey())), "signature");
    assertFalse(
        jwt.verify(new RSASSAVerifier(SigningKey.generate().publicKey())),
        "another key must not verify it");
  }

  @Test
  void everyTokenHasItsOwnId() throws Exception {
    String first =
        SignedJWT.parse(issuer.issue(2, 0, "viewer", Role.VIEWER).token())
            .getJWTClaimsSet()
            .getJWTID();
    String second =
        SignedJWT.parse(issuer.issue(2, 0, "viewer", Role.VIEWER).token())
            .getJWTClaimsSet()
            .getJWTID();
    assertNotEquals(first, second);
  }

  @Test
  void theTokenCarriesNoPasswordOrHash() throws Exception {
    JWTClaimsSet claims =
        SignedJWT.parse(issuer.issue(2, 0, "viewer", Role.VIEWER).token()).getJWTClaimsSet();
    assertEquals(
        java.util.Set.of("iss", "aud", "sub", "upn", "groups", "uid", "gen", "iat", "exp", "jti"),
        claims.getClaims().keySet());
  }
}
