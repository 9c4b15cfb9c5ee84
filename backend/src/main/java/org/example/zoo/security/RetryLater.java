package org.example.zoo.security;

import java.time.Duration;
import java.util.Map;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.ProblemType;

/** A refusal that a later attempt can overcome: the problem with {@code Retry-After} in seconds. */
public class RetryLater extends ApiException {

  private static final long serialVersionUID = 1L;
  private final long retryAfterSeconds;

  RetryLater(ProblemType type, String detail, Duration wait) {
    super(type, detail);
    this.retryAfterSeconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", Long.toString(retryAfterSeconds));
  }
}
