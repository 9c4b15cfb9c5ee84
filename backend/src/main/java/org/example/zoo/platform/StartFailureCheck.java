package org.example.zoo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Not ready and not started while the application's start failed (development profile: see {@link
 * StartFailures}); {@code data.cause} says why. UP otherwise.
 */
@Readiness
@Startup
@ApplicationScoped
public class StartFailureCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return StartFailures.failure()
        .map(
            f ->
                HealthCheckResponse.named("start")
                    .down()
                    .withData("where", f.where())
                    .withData("cause", f.cause())
                    .build())
        .orElseGet(() -> HealthCheckResponse.named("start").up().build());
  }
}
