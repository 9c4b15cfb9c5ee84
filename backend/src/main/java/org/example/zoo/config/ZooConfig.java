package org.example.zoo.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Application settings; defaults in META-INF/microprofile-config.properties, overridden by env. */
@ApplicationScoped
public class ZooConfig {

  @Inject
  @ConfigProperty(name = "zoo.profile")
  String profile;

  /** Unset: demo data on the embedded database only. */
  @Inject
  @ConfigProperty(name = "zoo.demo-data")
  Optional<Boolean> demoData;

  @Inject
  @ConfigProperty(name = "zoo.db.retry-max-seconds")
  int retryMaxSeconds;

  @Inject
  @ConfigProperty(name = "zoo.health.db-timeout-ms")
  int healthTimeoutMillis;

  /**
   * Liberty's application monitor ({@code applicationMonitor updateTrigger} in server.xml, set by
   * the variable of the same name): {@code polled} restarts the application when a scan finds its
   * files changed (liberty:devc; dev mode before its file change agent is built), {@code mbean}
   * leaves restarts to the dev loop's file change agent of local servers ({@code devloop/}, which
   * sets it), {@code disabled} never restarts it (production images).
   */
  @Inject
  @ConfigProperty(name = "APP_UPDATE_TRIGGER", defaultValue = "polled")
  String updateTrigger;

  public String updateTrigger() {
    return updateTrigger;
  }

  public String profile() {
    return profile;
  }

  public boolean production() {
    return "prod".equalsIgnoreCase(profile);
  }

  public Optional<Boolean> demoData() {
    return demoData;
  }

  public int retryMaxSeconds() {
    return retryMaxSeconds;
  }

  public int healthTimeoutMillis() {
    return healthTimeoutMillis;
  }
}
