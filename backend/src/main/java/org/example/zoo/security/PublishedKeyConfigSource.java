package org.example.zoo.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tells MicroProfile JWT to trust the built-in login's key: supplies {@code
 * mp.jwt.verify.publickey} (the public half of the signing key) once {@link AuthSetup} has loaded
 * it. Nothing is supplied when the built-in login is off, so an identity provider's key location
 * ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}) is the only key then.
 */
public class PublishedKeyConfigSource implements ConfigSource {

  static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

  private static volatile String publicKeyPem;

  static void publish(String pem) {
    publicKeyPem = pem;
  }

  @Override
  public Set<String> getPropertyNames() {
    return publicKeyPem == null ? Set.of() : Set.of(PUBLIC_KEY);
  }

  @Override
  public Map<String, String> getProperties() {
    String pem = publicKeyPem;
    return pem == null ? Map.of() : Map.of(PUBLIC_KEY, pem);
  }

  @Override
  public String getValue(String propertyName) {
    return PUBLIC_KEY.equals(propertyName) ? publicKeyPem : null;
  }

  @Override
  public String getName() {
    return "zoo built-in login key";
  }

  /** Below microprofile-config.properties (100): anything configured explicitly wins. */
  @Override
  public int getOrdinal() {
    return 50;
  }
}
