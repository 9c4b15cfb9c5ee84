package org.example.zoo.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the server drains before it stops: the image's entrypoint (drain-run) creates the
 * file named by {@code ZOO_DRAIN_FILE} on SIGTERM, keeps the server running for {@code
 * ZOO_DRAIN_SECONDS}, then stops it. Load balancers and Kubernetes take the instance out of
 * rotation on this DOWN while requests already routed to it are still answered. Without the
 * variable (a server started without drain-run) this check is always UP.
 */
@Readiness
@ApplicationScoped
public class DrainReadinessCheck implements HealthCheck {

  @Inject
  @ConfigProperty(name = "ZOO_DRAIN_FILE")
  Optional<String> drainFile;

  @Override
  public HealthCheckResponse call() {
    boolean draining = drainFile.map(file -> Files.exists(Path.of(file))).orElse(false);
    if (draining) {
      return HealthCheckResponse.named("drain")
          .down()
          .withData("reason", "draining: the server is stopping")
          .build();
    }
    return HealthCheckResponse.named("drain").up().build();
  }
}
