package org.example.zoo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.example.zoo.problem.Causes;

/**
 * Keeps a failed start visible in development. Code that runs when the application starts (an
 * observer of {@code @Initialized(ApplicationScoped.class)}) and throws makes Liberty stop the
 * whole application: the browser then gets Liberty's welcome page and the API an HTML 404, which
 * say nothing about why. In dev mode (the dev profile, {@code zoo.profile=dev}, and the classes
 * served from the build's output directory) this CDI extension runs each such observer inside a
 * guard that records the first failure instead; the application stays deployed, {@link
 * DevErrorFilter} answers {@code /} and {@code /api/**} with the cause, readiness and startup are
 * DOWN ({@link StartFailureCheck}), and {@code /api/info} reports it. Anywhere else nothing is
 * wrapped: a failing start stops the application, as it should.
 */
public class StartFailures implements Extension {

  private static final Logger LOG = Logger.getLogger(StartFailures.class.getName());

  /** What failed while the application started: where, the exception's text, when. */
  public record Failure(String where, String cause, Instant at) {}

  /** Per deployment: the extension's class is loaded by each deployment's class loader. */
  private static volatile Failure failure;

  /** The first start failure of this deployment of the application, if any. */
  public static Optional<Failure> failure() {
    return Optional.ofNullable(failure);
  }

  <T, X> void guard(@Observes ProcessObserverMethod<T, X> event) {
    ObserverMethod<T> observer = event.getObserverMethod();
    if (!observesApplicationStart(observer) || !developmentProfile() || !servedFromBuildOutput()) {
      return;
    }
    String where =
        observer.getBeanClass().getName() + " (an @Initialized(ApplicationScoped.class) observer)";
    event
        .configureObserverMethod()
        .notifyWith(
            context -> {
              try {
                observer.notify(context);
              } catch (RuntimeException | Error e) {
                record(where, e);
              }
            });
  }

  static void record(String where, Throwable e) {
    Throwable root = Causes.root(e);
    String cause =
        root == e ? String.valueOf(e) : e + " (caused by " + root + ")"; // class and message
    synchronized (StartFailures.class) {
      if (failure == null) {
        failure = new Failure(where, cause, Instant.now());
      }
    }
    LOG.log(
        Level.SEVERE,
        "The application failed to start in "
            + where
            + ": "
            + cause
            + ". Development profile: the application stays deployed to show this at / and in"
            + " /api/info; fix the code and save.",
        e);
  }

  private static boolean observesApplicationStart(ObserverMethod<?> observer) {
    for (Annotation qualifier : observer.getObservedQualifiers()) {
      if (qualifier instanceof Initialized initialized
          && initialized.value() == ApplicationScoped.class) {
        return true;
      }
    }
    return false;
  }

  /**
   * Dev mode: the classes come straight from the build's output directory, where {@link DevStatus}
   * and {@link DevErrorFilter} report the failure. A packaged WAR, whatever its profile, stops.
   */
  private static boolean servedFromBuildOutput() {
    return BuildInfo.classesDirectory().filter(BuildInfo::isDevModeClasses).isPresent();
  }

  private static boolean developmentProfile() {
    try {
      return ConfigProvider.getConfig()
          .getOptionalValue("zoo.profile", String.class)
          .map("dev"::equalsIgnoreCase)
          .orElse(false);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
