package org.example.zoo.build;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.example.zoo.config.ZooConfig;

/**
 * The incident tripwire: a server on the production profile ({@code ZOO_PROFILE=prod}) that is
 * being used for development. It looks for what development leaves behind and production never has:
 * application classes served from a build's output directory ({@code target/classes}, bind- mounted
 * or a loose application) rather than the packaged WAR, the sources beside them, a {@code .git}
 * above the classes or the server's directory, and Liberty's application monitor enabled ({@code
 * APP_UPDATE_TRIGGER} other than {@code disabled}: a changed file would restart the application).
 * What it finds is logged once at start as one WARNING, published in {@code /api/info} ({@code
 * developmentUse}) and shown by the web UI as a ribbon. With the dev profile it looks for nothing:
 * that is what development is.
 */
@ApplicationScoped
public class DevelopmentUseTripwire {

  private static final Logger LOG = Logger.getLogger(DevelopmentUseTripwire.class.getName());

  @Inject ZooConfig config;

  private volatile List<String> findings = List.of();

  void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (!config.production()) {
      return;
    }
    findings =
        findings(
            BuildInfo.classesDirectory(),
            Path.of(System.getProperty("user.dir")),
            config.updateTrigger());
    if (!findings.isEmpty()) {
      LOG.warning(
          "This server runs the production profile (ZOO_PROFILE=prod) but is being used for"
              + " development: "
              + String.join("; ", findings)
              + ". Run production from the image (make prod), develop with make dev or ./mvnw.");
    }
  }

  /** What this server's production profile should not see; empty when none (or not prod). */
  public List<String> findings() {
    return findings;
  }

  static List<String> findings(Optional<Path> classes, Path serverDirectory, String trigger) {
    List<String> found = new ArrayList<>();
    Optional<Path> buildOutput = classes.filter(BuildInfo::isDevModeClasses);
    buildOutput.ifPresent(
        dir -> {
          found.add(
              "application classes are served from the build's output directory "
                  + dir
                  + ", not from the packaged WAR");
          Path sources = dir.getParent().getParent().resolve("src/main/java");
          if (Files.isDirectory(sources)) {
            found.add("the application's sources are visible at " + sources);
          }
        });
    Optional<Path> git =
        gitAbove(classes.orElse(null)).or(() -> gitAbove(serverDirectory)).map(d -> d);
    git.ifPresent(dir -> found.add("a git checkout is visible at " + dir));
    if (trigger != null && !"disabled".equalsIgnoreCase(trigger.trim())) {
      found.add(
          "the application monitor is enabled (APP_UPDATE_TRIGGER="
              + trigger
              + "): a changed application file restarts the application");
    }
    return List.copyOf(found);
  }

  private static Optional<Path> gitAbove(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.of(dir.resolve(".git"));
      }
    }
    return Optional.empty();
  }
}
