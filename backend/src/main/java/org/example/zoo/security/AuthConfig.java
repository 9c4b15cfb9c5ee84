package org.example.zoo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.example.zoo.config.ZooConfig;

/**
 * Authentication settings (defaults in microprofile-config.properties, overridden by env, e.g.
 * ZOO_AUTH_SIGNING_KEY_FILE). Secrets come as a value or as a file, the file for mounted secrets.
 */
@ApplicationScoped
public class AuthConfig {

  @Inject ZooConfig zoo;

  @Inject
  @ConfigProperty(name = "zoo.auth.login")
  boolean login;

  @Inject
  @ConfigProperty(name = "zoo.auth.signing-key")
  Optional<String> signingKey;

  @Inject
  @ConfigProperty(name = "zoo.auth.signing-key-file")
  Optional<String> signingKeyFile;

  @Inject
  @ConfigProperty(name = "zoo.auth.dev-key-file")
  String devKeyFile;

  @Inject
  @ConfigProperty(name = "zoo.auth.token-minutes")
  int tokenMinutes;

  @Inject
  @ConfigProperty(name = "zoo.auth.session-hours")
  int sessionHours;

  @Inject
  @ConfigProperty(name = "zoo.auth.max-failures")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "zoo.auth.lockout-seconds")
  int lockoutSeconds;

  @Inject
  @ConfigProperty(name = "zoo.auth.login-rate")
  int loginRate;

  @Inject
  @ConfigProperty(name = "zoo.auth.password-checks")
  int passwordChecks;

  @Inject
  @ConfigProperty(name = "zoo.auth.password-check-wait-ms")
  int passwordCheckWaitMs;

  @Inject
  @ConfigProperty(name = "zoo.auth.admin-username")
  String adminUsername;

  @Inject
  @ConfigProperty(name = "zoo.auth.admin-password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "zoo.auth.admin-password-file")
  Optional<String> adminPasswordFile;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.audiences")
  List<String> audiences;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  Optional<String> publicKeyLocation;

  public boolean production() {
    return zoo.production();
  }

  /** Whether POST /api/auth/login issues tokens (off when an identity provider issues them). */
  public boolean login() {
    return login;
  }

  /** The configured signing key PEM, from ZOO_AUTH_SIGNING_KEY or ZOO_AUTH_SIGNING_KEY_FILE. */
  public Optional<String> signingKeyPem() {
    return secret(signingKey, signingKeyFile, "ZOO_AUTH_SIGNING_KEY_FILE");
  }

  public Path devKeyFile() {
    return Path.of(devKeyFile);
  }

  public Duration tokenLifetime() {
    return Duration.ofMinutes(tokenMinutes);
  }

  /**
   * How long a browser session (the zoo_session cookie) lasts from sign-in, however often it is
   * renewed. Checked at start-up (AuthSetup): not above zero stops the start with a message.
   */
  public Duration sessionLifetime() {
    return Duration.ofHours(
        positive(sessionHours, "ZOO_AUTH_SESSION_HOURS", "zoo.auth.session-hours"));
  }

  /** The value, when above zero; otherwise a message naming the setting stops the caller. */
  static int positive(int value, String variable, String key) {
    if (value <= 0) {
      throw new IllegalArgumentException(
          variable + " (" + key + ") must be a whole number above 0, not " + value);
    }
    return value;
  }

  public int maxFailures() {
    return maxFailures;
  }

  public Duration lockout() {
    return Duration.ofSeconds(lockoutSeconds);
  }

  /** Sign-in attempts per minute from one client address. */
  public int loginRate() {
    return positive(loginRate, "ZOO_AUTH_LOGIN_RATE", "zoo.auth.login-rate");
  }

  /** Password checks at once: the setting, or half the processors (at least one) for 0. */
  public int passwordChecks() {
    if (passwordChecks == 0) {
      return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
    return positive(passwordChecks, "ZOO_AUTH_PASSWORD_CHECKS", "zoo.auth.password-checks");
  }

  /** How long a login waits for a free password check before answering 503. */
  public Duration passwordCheckWait() {
    if (passwordCheckWaitMs < 0) {
      throw new IllegalArgumentException(
          "ZOO_AUTH_PASSWORD_CHECK_WAIT_MS (zoo.auth.password-check-wait-ms) must be 0 or more, not "
              + passwordCheckWaitMs);
    }
    return Duration.ofMillis(passwordCheckWaitMs);
  }

  public String adminUsername() {
    return adminUsername;
  }

  public Optional<String> adminPassword() {
    return secret(adminPassword, adminPasswordFile, "ZOO_AUTH_ADMIN_PASSWORD_FILE");
  }

  public String issuer() {
    return issuer;
  }

  /** The audience the built-in login puts into its tokens: the first one the server accepts. */
  public String audience() {
    return audiences.get(0);
  }

  /** An identity provider's keys (JWKS URL or PEM location), when tokens come from there. */
  public Optional<String> publicKeyLocation() {
    return publicKeyLocation.filter(s -> !s.isBlank());
  }

  private static Optional<String> secret(
      Optional<String> value, Optional<String> file, String fileVariable) {
    Optional<String> direct = value.filter(s -> !s.isBlank());
    if (direct.isPresent()) {
      return direct;
    }
    Optional<String> path = file.filter(s -> !s.isBlank());
    if (path.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(Path.of(path.get()), StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(
          fileVariable + " names a file that cannot be read: " + path.get(), e);
    }
  }
}
