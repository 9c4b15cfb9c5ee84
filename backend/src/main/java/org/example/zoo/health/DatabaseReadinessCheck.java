package org.example.zoo.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.example.zoo.config.ZooConfig;
import org.example.zoo.migration.DatabaseMigrator;

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
        // Which script failed and the database's message (the SQL itself is only in the log).
        return response
            .down()
            .withData("reason", "a migration failed: " + migrator.lastError())
            .build();
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
