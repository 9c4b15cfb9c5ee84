package org.example.zoo.build;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The dev loop's status (the devloop module: whether what answers is the saved code), as the
 * application includes it in {@code /api/info}. The dev loop is in the application in dev mode only
 * and publishes its status in a context attribute, so the application reads it without naming any
 * of its classes (the packaged WAR has none of them): empty wherever it is not set up.
 */
@ApplicationScoped
public class DevLoopStatus {

  /** The dev loop's context attribute: a {@code Supplier<JsonObject>}. */
  static final String ATTRIBUTE = "org.example.devloop.status";

  private volatile ServletContext context;

  void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    this.context = context;
  }

  /** The status now; empty where the dev loop is not set up (a packaged application). */
  public Optional<JsonObject> current() {
    ServletContext c = context;
    if (c == null || !(c.getAttribute(ATTRIBUTE) instanceof Supplier<?> status)) {
      return Optional.empty();
    }
    return status.get() instanceof JsonObject json ? Optional.of(json) : Optional.empty();
  }

  /**
   * Why the application's start failed, as the dev loop recorded it (it keeps a failed start
   * deployed in dev mode to show it); empty otherwise.
   */
  public Optional<String> startFailure() {
    return current()
        .filter(dev -> "start-failed".equals(dev.getString("state", null)))
        .map(dev -> dev.getJsonObject("lastStart").getString("cause", "unknown"));
  }

  /** Whether the checkout has uncommitted changes, as the dev loop sees it; null if unknown. */
  public Boolean dirty() {
    return current()
        .map(dev -> dev.get("dirty"))
        .map(
            v ->
                switch (v.getValueType()) {
                  case TRUE -> Boolean.TRUE;
                  case FALSE -> Boolean.FALSE;
                  default -> null;
                })
        .orElse(null);
  }
}
