package org.example.devloop;

import jakarta.json.JsonObject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Sets the dev loop up in an application whose classes are served from a build's output directory
 * ({@code <module>/target/classes}, as Liberty's dev mode and liberty:devc serve them): the dev
 * status at {@value #STATUS_PATH} ({@link DevStatusServlet}), the error page before every filter
 * the application declares ({@link DevErrorFilter}), and the status for the application itself in
 * the context attribute {@value #STATUS_ATTRIBUTE} (a {@code Supplier<jakarta.json.JsonObject>}).
 * In any other application (a packaged WAR, which should not hold this library at all) it sets up
 * nothing. Found by the servlet container through {@code META-INF/services}.
 */
public class DevLoopInitializer implements ServletContainerInitializer {

  /** Where the dev status answers, below the application's context root. */
  public static final String STATUS_PATH = "/devloop/status";

  /**
   * The context attribute holding the status for the application: a {@code
   * java.util.function.Supplier<jakarta.json.JsonObject>}, absent where the dev loop is not set up.
   */
  public static final String STATUS_ATTRIBUTE = "org.example.devloop.status";

  private static final Logger LOG = Logger.getLogger(DevLoopInitializer.class.getName());

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    Optional<Path> module = module(context);
    if (module.isEmpty()) {
      LOG.warning(
          "The dev loop's library is in an application that is not served from a build's output"
              + " directory (target/classes): it does nothing here. A packaged application should"
              + " not hold it.");
      return;
    }
    DevStatus status = new DevStatus(module.get());
    Supplier<JsonObject> json = status::toJson;
    context.setAttribute(STATUS_ATTRIBUTE, json);
    context
        .addFilter("devloop-error-page", new DevErrorFilter(status))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    context.addServlet("devloop-status", new DevStatusServlet(status)).addMapping(STATUS_PATH);
    context.addListener(
        new ServletContextListener() {
          @Override
          public void contextInitialized(ServletContextEvent event) {
            status.started();
          }
        });
  }

  /** The module whose {@code target/classes} the application's {@code WEB-INF/classes} are. */
  static Optional<Path> module(ServletContext context) {
    try {
      String classes = context.getRealPath("/WEB-INF/classes");
      return classes == null ? Optional.empty() : DevStatus.moduleOf(Path.of(classes));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
