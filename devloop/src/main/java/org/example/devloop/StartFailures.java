package org.example.devloop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a failed start visible in development. Code that runs when the application starts (an
 * observer of {@code @Initialized(ApplicationScoped.class)}) and throws makes Liberty stop the
 * whole application: the browser then gets Liberty's welcome page and the API an HTML 404, which
 * say nothing about why. Where the observer's class is served from a build's output directory
 * ({@code target/classes}: dev mode) this CDI extension runs each such observer inside a guard that
 * records the first failure instead; the application stays deployed, {@link DevErrorFilter} answers
 * with the cause, and {@link DevStatus} reports it ({@code start-failed}). Anywhere else nothing is
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
    if (!observesApplicationStart(observer) || !servedFromBuildOutput(observer.getBeanClass())) {
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
    Throwable root = e;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
      root = root.getCause();
    }
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
            + ". Dev mode: the application stays deployed to show this on its pages and at"
            + " /devloop/status; fix the code and save.",
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
   * Dev mode: the class comes straight from a build's output directory, where {@link DevStatus} and
   * {@link DevErrorFilter} report the failure. A packaged application stops.
   */
  static boolean servedFromBuildOutput(Class<?> type) {
    return classesDirectory(type).flatMap(DevStatus::moduleOf).isPresent();
  }

  /**
   * The directory {@code type} is loaded from, when it is not inside an archive: its code source,
   * or else the directory its class file is in, less one level per package name segment.
   */
  static Optional<Path> classesDirectory(Class<?> type) {
    try {
      URL location =
          type.getProtectionDomain().getCodeSource() == null
              ? null
              : type.getProtectionDomain().getCodeSource().getLocation();
      if (location != null && "file".equals(location.getProtocol())) {
        Path path = Path.of(location.toURI());
        if (Files.isDirectory(path)) {
          return Optional.of(path);
        }
      }
      URL self = type.getResource(type.getSimpleName() + ".class");
      if (self == null || !"file".equals(self.getProtocol()) || type.getPackageName().isEmpty()) {
        return Optional.empty();
      }
      Path dir = Path.of(self.toURI()).getParent();
      for (int i = type.getPackageName().split("\\.").length; i > 0 && dir != null; i--) {
        dir = dir.getParent();
      }
      return Optional.ofNullable(dir);
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
