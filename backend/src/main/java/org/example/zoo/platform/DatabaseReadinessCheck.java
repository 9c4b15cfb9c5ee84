package org.example.zoo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready = the schema is migrated and the database answers within a short timeout. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Inject DatabaseMigrator migrator;
  @Inject ZooConfig config;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("database").withData("migrations", migrator.state().name());
    switch (migrator.state()) {
      case READY -> {
        DatabaseMigrator.DatabaseInfo info = migrator.info();
        response
            .withData("product", info.product())
            .withData("schemaVersion", info.schemaVersion());
        if (migrator.ping(config.healthTimeoutMillis())) {
          return response.up().build();
        }
        return response.down().withData("reason", "not answering: " + migrator.lastError()).build();
      }
      case FAILED -> {
        // The migration error can quote SQL; it is in the server log, not in a public endpoint.
        return response.down().withData("reason", "a migration failed; see the server log").build();
      }
      default -> {
        String reason = migrator.lastError();
        return response
            .down()
            .withData("reason", reason == null ? "connecting" : "not reachable: " + reason)
            .build();
      }
    }
  }
}
