package org.example.zoo.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Started = the application is initialised. Deliberately not the database: an orchestrator restarts
 * a container whose startup probe fails, and a missing database is not cured by that.
 */
@Startup
@ApplicationScoped
public class ApplicationStartupCheck implements HealthCheck {

  @Inject ApplicationLifecycle lifecycle;

  @Override
  public HealthCheckResponse call() {
    Instant startedAt = lifecycle.startedAt();
    if (startedAt == null) {
      return HealthCheckResponse.named("application").down().build();
    }
    return HealthCheckResponse.named("application")
        .up()
        .withData("startedAt", startedAt.toString())
        .build();
  }
}
