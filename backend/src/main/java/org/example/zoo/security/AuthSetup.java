package org.example.zoo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads the signing key when the application starts, and refuses to start without one in
 * production: a missing key must stop the deployment, not fall back to a default secret. The dev
 * profile generates a key once and keeps it beside the embedded database, so that dev-mode restarts
 * keep everyone signed in.
 */
@ApplicationScoped
public class AuthSetup {

  private static final Logger LOG = Logger.getLogger(AuthSetup.class.getName());

  @Inject AuthConfig config;

  private volatile TokenIssuer issuer;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    PublishedKeyConfigSource.publish(null);
    if (!config.login()) {
      issuer = null;
      if (config.publicKeyLocation().isEmpty()) {
        String message =
            "ZOO_AUTH_LOGIN=false, so tokens come from an identity provider, but"
                + " MP_JWT_VERIFY_PUBLICKEY_LOCATION (its JWKS URL or PEM file) is not set:"
                + " no token can be verified.";
        if (config.production()) {
          throw new IllegalStateException(message);
        }
        LOG.warning(message);
      }
      return;
    }
    if (config.publicKeyLocation().isPresent()) {
      throw new IllegalStateException(
          "MP_JWT_VERIFY_PUBLICKEY_LOCATION is set, so tokens come from an identity provider:"
              + " set ZOO_AUTH_LOGIN=false as well (the built-in login's tokens would not verify).");
    }
    config.sessionLifetime(); // a session length of 0 or less stops the start here, naming it
    SigningKey key = signingKey();
    PublishedKeyConfigSource.publish(key.publicKeyPem());
    issuer =
        new TokenIssuer(
            key, config.issuer(), config.audience(), config.tokenLifetime(), Clock.systemUTC());
  }

  /** The token issuer of the built-in login; empty when the login is off. */
  public Optional<TokenIssuer> issuer() {
    return Optional.ofNullable(issuer);
  }

  private SigningKey signingKey() {
    Optional<String> pem = config.signingKeyPem();
    if (pem.isPresent()) {
      try {
        return SigningKey.fromPem(pem.get());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "ZOO_AUTH_SIGNING_KEY / ZOO_AUTH_SIGNING_KEY_FILE is not usable: " + e.getMessage());
      }
    }
    if (config.production()) {
      throw new IllegalStateException(
          "ZOO_PROFILE=prod needs the token signing key: set ZOO_AUTH_SIGNING_KEY_FILE to a PEM"
              + " RSA private key (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048),"
              + " or ZOO_AUTH_SIGNING_KEY to its contents. The server does not start without it.");
    }
    return devKey(config.devKeyFile());
  }

  private static SigningKey devKey(Path file) {
    try {
      if (Files.isRegularFile(file)) {
        LOG.info(
            () ->
                "No token signing key configured (ZOO_AUTH_SIGNING_KEY_FILE): using the development"
                    + " key generated earlier at "
                    + file.toAbsolutePath());
        return SigningKey.fromPem(Files.readString(file, StandardCharsets.UTF_8));
      }
      SigningKey generated = SigningKey.generate();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, generated.privateKeyPem(), StandardCharsets.UTF_8);
      restrictToOwner(file);
      LOG.warning(
          "No token signing key configured (ZOO_AUTH_SIGNING_KEY_FILE): generated one for this"
              + " development server at "
              + file.toAbsolutePath()
              + ". Production (ZOO_PROFILE=prod) refuses to start without a configured key.");
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the development signing key at " + file, e);
    }
  }

  private static void restrictToOwner(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException notPosix) {
      // Windows: the file stays with the directory's permissions.
    }
  }
}
