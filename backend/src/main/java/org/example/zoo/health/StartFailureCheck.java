package org.example.zoo.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.example.zoo.build.DevLoopStatus;

/**
 * Not ready and not started while the application's start failed (dev mode only, where the dev loop
 * keeps a failed start deployed: {@link DevLoopStatus#startFailure()}); {@code data.cause} says
 * why. UP otherwise.
 */
@Readiness
@Startup
@ApplicationScoped
public class StartFailureCheck implements HealthCheck {

  @Inject DevLoopStatus devLoop;

  @Override
  public HealthCheckResponse call() {
    return devLoop
        .startFailure()
        .map(cause -> HealthCheckResponse.named("start").down().withData("cause", cause).build())
        .orElseGet(() -> HealthCheckResponse.named("start").up().build());
  }
}
