package org.example.zoo.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.example.zoo.user.Caller;
import org.example.zoo.user.Role;

/**
 * Signs the built-in login's tokens: MicroProfile JWT claims ({@code iss}, {@code aud}, {@code
 * sub}, {@code upn}, {@code groups}, {@code iat}, {@code exp}, {@code jti}) plus the user's id and
 * token generation ({@link Caller#USER_ID}, {@link Caller#GENERATION}: {@link AccessTokenCheck}),
 * RS256, with the key id being the key's RFC 7638 thumbprint.
 */
public final class TokenIssuer {

  private final SigningKey key;
  private final String keyId;
  private final String issuer;
  private final String audience;
  private final Duration lifetime;
  private final Clock clock;

  public TokenIssuer(
      SigningKey key, String issuer, String audience, Duration lifetime, Clock clock) {
    this.key = key;
    this.issuer = issuer;
    this.audience = audience;
    this.lifetime = lifetime;
    this.clock = clock;
    try {
      this.keyId = new RSAKey.Builder(key.publicKey()).build().computeThumbprint().toString();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot compute the key id", e);
    }
  }

  public record Issued(String token, Instant issuedAt, Instant expiresAt) {

    @Override
    public String toString() {
      return "Issued[expires " + expiresAt + "]";
    }
  }

  public Issued issue(long userId, int generation, String username, Role role) {
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience)
            .subject(username)
            .claim("upn", username)
            .claim("groups", List.of(role.groupName()))
            .claim(Caller.USER_ID, userId)
            .claim(Caller.GENERATION, generation)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .build();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key.privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
    return new Issued(jwt.serialize(), now, expires);
  }
}
