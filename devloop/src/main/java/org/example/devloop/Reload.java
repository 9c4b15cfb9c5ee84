package org.example.devloop;

/**
 * How this server takes up recompiled classes, from Liberty's application monitor setting (the
 * variable {@code APP_UPDATE_TRIGGER} of the server's {@code applicationMonitor updateTrigger}, as
 * a system property or environment variable; Liberty's default {@code polled}) and the file change
 * agent's system properties ({@code devloop.agent}: it runs and watches; {@code devloop.reload}:
 * how it takes edits up).
 */
final class Reload {

  private Reload() {}

  /**
   * {@code swap} (the file change agent swaps edited method bodies into the running application and
   * restarts it for anything else), {@code restart} (the agent restarts it: {@code
   * DEVLOOP_RELOAD=restart}), {@code polled} (Liberty's monitor restarts it), or {@code none}
   * (never: see {@link #whyNot()}).
   */
  static String how() {
    if (whyNot() != null) {
      return "none";
    }
    if (System.getProperty("devloop.agent") != null) {
      return System.getProperty("devloop.reload", "restart");
    }
    return "polled";
  }

  /**
   * Why recompiled classes are never loaded by this server, or null when they are: the monitor is
   * disabled, or it waits for notifications ({@code mbean}) and no file change agent runs in this
   * JVM.
   */
  static String whyNot() {
    String trigger = updateTrigger();
    if ("disabled".equalsIgnoreCase(trigger)) {
      return "the application monitor is disabled (APP_UPDATE_TRIGGER=disabled)";
    }
    if ("mbean".equalsIgnoreCase(trigger) && System.getProperty("devloop.agent") == null) {
      return "the application monitor waits for file notifications (APP_UPDATE_TRIGGER=mbean) and"
          + " no file change agent runs (devloop-agent.jar in jvm.options): unset it or set"
          + " APP_UPDATE_TRIGGER=polled";
    }
    return null;
  }

  /** As Liberty resolves the variable: a system property first, then the environment. */
  static String updateTrigger() {
    String property = System.getProperty("APP_UPDATE_TRIGGER");
    if (property != null) {
      return property;
    }
    String env = System.getenv("APP_UPDATE_TRIGGER");
    return env == null ? "polled" : env;
  }
}
