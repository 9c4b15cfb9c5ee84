package org.example.zoo.platform;

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
   * the variable of the same name): {@code mbean} restarts the application when told that its files
   * changed (local servers: the file change agent in {@code backend/src/devagent} tells it), {@code
   * polled} when a scan finds them changed (liberty:devc), {@code disabled} never (production
   * images).
   */
  @Inject
  @ConfigProperty(name = "APP_UPDATE_TRIGGER", defaultValue = "mbean")
  String updateTrigger;

  public String updateTrigger() {
    return updateTrigger;
  }

  /**
   * Why recompiled classes are never loaded by this server, or null when they are: the monitor is
   * disabled, or it waits for notifications ({@code mbean}) and no file change agent runs in this
   * JVM (the agent sets the system property {@code zoo.devagent}).
   */
  public String whyNotReloading() {
    if ("disabled".equalsIgnoreCase(updateTrigger)) {
      return "the application monitor is disabled (APP_UPDATE_TRIGGER=disabled)";
    }
    if ("mbean".equalsIgnoreCase(updateTrigger) && System.getProperty("zoo.devagent") == null) {
      return "the application monitor waits for file notifications (APP_UPDATE_TRIGGER=mbean) and"
          + " no file change agent runs: start the server with"
          + " -javaagent:backend/target/zoo-devagent.jar (dev mode's jvm.options) or set"
          + " APP_UPDATE_TRIGGER=polled";
    }
    return null;
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
