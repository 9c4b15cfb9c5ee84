package org.example.zoo.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.example.zoo.config.ZooCalendar;

/** When this deployment of the application started (dev mode restarts it on every change). */
@ApplicationScoped
public class ApplicationLifecycle {

  private volatile Instant startedAt;

  void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
    ZooCalendar.zone(); // a misspelt ZOO_TIME_ZONE stops the start here, with a message naming it
    startedAt = Instant.now();
  }

  /** Null until the application has finished initialising. */
  public Instant startedAt() {
    return startedAt;
  }
}
