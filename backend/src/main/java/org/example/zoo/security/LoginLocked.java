package org.example.zoo.security;

import java.time.Duration;
import java.util.Map;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.ProblemType;

/** 429 with Retry-After: the account is locked after too many failed logins. */
public final class LoginLocked extends ApiException {

  private static final long serialVersionUID = 1L;
  private final long retryAfterSeconds;

  LoginLocked(Duration remaining) {
    super(
        ProblemType.LOGIN_LOCKED,
        "Too many failed logins: this account is locked for "
            + Math.max(1, remaining.toSeconds())
            + " more seconds.");
    this.retryAfterSeconds = Math.max(1, remaining.toSeconds() + 1);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", Long.toString(retryAfterSeconds));
  }
}
