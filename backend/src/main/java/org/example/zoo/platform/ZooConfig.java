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
   * the variable of the same name): {@code polled} restarts the application when a scan finds its
   * files changed (liberty:devc; dev mode before its file change agent is built), {@code mbean}
   * leaves restarts to the file change agent of local servers ({@code backend/src/devagent}, which
   * sets it), {@code disabled} never restarts it (production images).
   */
  @Inject
  @ConfigProperty(name = "APP_UPDATE_TRIGGER", defaultValue = "polled")
  String updateTrigger;

  public String updateTrigger() {
    return updateTrigger;
  }

  /**
   * Why recompiled classes are never loaded by this server, or null when they are: the monitor is
   * disabled, or it waits for notifications ({@code mbean}) and no file change agent runs in this
   * JVM (the agent sets the system property {@code zoo.devagent}).
   */
  /**
   * How this server takes up recompiled classes: {@code swap} (the file change agent swaps edited
   * method bodies into the running application and restarts it for anything else), {@code restart}
   * (the agent restarts it: {@code ZOO_DEV_RELOAD=restart}), {@code polled} (Liberty's monitor
   * restarts it), or {@code none} (never: see {@link #whyNotReloading()}).
   */
  public String reload() {
    if (whyNotReloading() != null) {
      return "none";
    }
    if (System.getProperty("zoo.devagent") != null) {
      return System.getProperty("zoo.devagent.reload", "restart");
    }
    return "polled";
  }

  public String whyNotReloading() {
    if ("disabled".equalsIgnoreCase(updateTrigger)) {
      return "the application monitor is disabled (APP_UPDATE_TRIGGER=disabled)";
    }
    if ("mbean".equalsIgnoreCase(updateTrigger) && System.getProperty("zoo.devagent") == null) {
      return "the application monitor waits for file notifications (APP_UPDATE_TRIGGER=mbean) and"
          + " no file change agent runs (backend/.devagent/zoo-devagent.jar in jvm.options): unset it"
          + " or set APP_UPDATE_TRIGGER=polled";
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
