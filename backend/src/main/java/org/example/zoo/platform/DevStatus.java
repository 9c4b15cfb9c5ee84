package org.example.zoo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Is what answers the code that was saved? Known only where the server runs the classes straight
 * from the build's output directory ({@code backend/target/classes}: dev mode and liberty:devc),
 * next to the sources. The status model, from the last save to the running application:
 *
 * <ul>
 *   <li>{@code lastSave}: the newest file under {@code backend/src/main} (not editors' own files);
 *   <li>{@code lastCompile}: the newest class and whether every Java source compiled ({@link
 *       CompileCheck}: {@code compiled}, {@code pending}, {@code failed} with file:line:message);
 *   <li>{@code lastStart}: when this application started, or why its start failed ({@link
 *       StartFailures});
 *   <li>{@code reload}: how recompiled classes are taken up ({@link ZooConfig#reload()});
 *   <li>{@code lastSwap}: when the file change agent of local servers last swapped recompiled
 *       method bodies into the running application without restarting it (and which classes), if it
 *       did after the last start; null otherwise;
 *   <li>{@code state}: {@code current} (what answers is what was saved), {@code compiling}, {@code
 *       compile-failed}, {@code not-compiled} (newer sources, and no compiler here to say why),
 *       {@code restarting} (a save not in the running application yet, see {@link StartedWith}),
 *       {@code not-reloading} (the same, never reloaded), {@code start-failed}; {@code problem}
 *       says it in one line (null when current).
 * </ul>
 */
@ApplicationScoped
public class DevStatus {

  /** The file checks walk the source tree: done at most this often. */
  private static final Duration REFRESH = Duration.ofMillis(200);

  @Inject ApplicationLifecycle lifecycle;
  @Inject ZooConfig config;

  @Schema(name = "DevStatus")
  @JsonbPropertyOrder({
    "state",
    "problem",
    "reload",
    "lastSave",
    "lastCompile",
    "lastStart",
    "lastSwap"
  })
  public record Dev(
      @Schema(
              enumeration = {
                "current",
                "compiling",
                "compile-failed",
                "not-compiled",
                "restarting",
                "not-reloading",
                "start-failed"
              },
              description = "whether what answers is the saved code, and if not, why not")
          String state,
      @Schema(
              nullable = true,
              description = "why what answers is not the saved code; null when current")
          String problem,
      @Schema(
              description =
                  "how recompiled classes are taken up: swap (method bodies swapped into the running"
                      + " application, a restart for anything else), restart, polled (Liberty's"
                      + " monitor restarts) or none")
          String reload,
      @Schema(nullable = true) Save lastSave,
      Compile lastCompile,
      Start lastStart,
      @Schema(
              nullable = true,
              description =
                  "recompiled classes swapped into the running application after its last start;"
                      + " null if none")
          DevSwap lastSwap) {}

  @Schema(name = "DevSave")
  @JsonbPropertyOrder({"file", "at"})
  public record Save(String file, Instant at) {}

  @Schema(name = "DevCompile")
  @JsonbPropertyOrder({"status", "at", "changedFiles", "errors", "detail"})
  public record Compile(
      @Schema(enumeration = {"compiled", "pending", "failed", "unknown"}) String status,
      @Schema(nullable = true, description = "the newest compiled class") Instant at,
      @Schema(description = "sources saved after their class was written")
          List<String> changedFiles,
      @Schema(description = "the compiler's first errors: file (from the checkout), line, message")
          List<CompileError> errors,
      @Schema(nullable = true, description = "why the status is unknown") String detail) {}

  @Schema(name = "DevCompileError")
  @JsonbPropertyOrder({"file", "line", "message"})
  public record CompileError(String file, long line, String message) {}

  @Schema(name = "DevStart")
  @JsonbPropertyOrder({"status", "at", "cause"})
  public record Start(
      @Schema(enumeration = {"started", "failed"}) String status,
      @Schema(nullable = true) Instant at,
      @Schema(nullable = true) String cause) {}

  private final Optional<Path> backend;
  private final Optional<DevCheckout> checkout;
  private final CompileCheck compileCheck;
  private volatile Instant computedAt = Instant.EPOCH;
  private volatile Dev last;
  private volatile StartedWith startedWith;

  public DevStatus() {
    this.backend =
        BuildInfo.classesDirectory()
            .filter(BuildInfo::isDevModeClasses)
            .map(classes -> classes.getParent().getParent());
    this.checkout = backend.map(DevCheckout::around);
    this.compileCheck =
        backend.map(b -> new CompileCheck(b, checkout.orElseThrow().root())).orElse(null);
  }

  /** Notes what this application starts with, to tell the saves it has not taken up later. */
  void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
    startedWith = backend.map(StartedWith::now).orElse(null);
  }

  /** The status, where the server runs the build's output directory; empty elsewhere. */
  public Optional<Dev> current() {
    if (backend.isEmpty()) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Dev cached = last;
    if (cached != null && now.isBefore(computedAt.plus(REFRESH))) {
      return Optional.of(cached);
    }
    Dev dev = compute();
    last = dev;
    computedAt = now;
    return Optional.of(dev);
  }

  /** Whether what answers is not what was saved, for reasons a developer must act on or wait. */
  public boolean failed() {
    return current()
        .map(d -> d.state().equals("compile-failed") || d.state().equals("start-failed"))
        .orElse(false);
  }

  private Dev compute() {
    Path b = backend.orElseThrow();
    Set<Path> sources = StartedWith.sources(b);
    Save save =
        StartedWith.newestOf(sources, b.resolve("src/main"))
            .map(f -> new Save(checkout.orElseThrow().relative(f), CompileCheck.modified(f)))
            .orElse(null);
    Instant classesAt = StartedWith.newest(b.resolve("target/classes"));
    CompileCheck.Result compiled = compileCheck.check();
    Compile compile =
        new Compile(
            compiled.status(),
            classesAt,
            compiled.changedFiles(),
            compiled.errors().stream()
                .map(e -> new CompileError(e.file(), e.line(), e.message()))
                .toList(),
            compiled.detail());
    Optional<StartFailures.Failure> failure = StartFailures.failure();
    Instant startedAt = lifecycle.startedAt();
    Start start =
        failure
            .map(f -> new Start("failed", f.at(), f.where() + ": " + f.cause()))
            .orElseGet(() -> new Start("started", startedAt, null));
    DevSwap swap =
        DevSwap.last().filter(w -> startedAt != null && w.at().isAfter(startedAt)).orElse(null);
    String notTakenUp = notTakenUp(b, sources, classesAt, swap, startedAt);

    String state;
    String problem;
    if (failure.isPresent()) {
      state = "start-failed";
      problem = "the application failed to start: " + start.cause();
    } else if (compiled.status().equals("failed")) {
      state = "compile-failed";
      problem = "the saved code does not compile: " + compiled.errors().get(0);
    } else if (compiled.status().equals("unknown")) {
      state = "not-compiled";
      problem =
          "saved sources are not compiled ("
              + String.join(", ", compiled.changedFiles())
              + ") and this server cannot run the compiler to say why ("
              + compiled.detail()
              + "): read the dev-mode terminal";
    } else if (compiled.status().equals("pending")) {
      state = "compiling";
      problem = "saved sources are not compiled yet: " + String.join(", ", compiled.changedFiles());
    } else if (notTakenUp != null) {
      String notReloading = config.whyNotReloading();
      state = notReloading != null ? "not-reloading" : "restarting";
      problem =
          notTakenUp + (notReloading != null ? "; never loaded: " + notReloading : "; reloading");
    } else {
      state = "current";
      problem = null;
    }
    return new Dev(state, problem, config.reload(), save, compile, start, swap);
  }

  /**
   * What was saved and is not in the running application yet, in a line; null if nothing. The
   * running application has what it started with ({@link StartedWith}) and the class files its last
   * swap took up; times are compared only with file times.
   */
  private String notTakenUp(
      Path b, Set<Path> sources, Instant classesAt, DevSwap swap, Instant startedAt) {
    StartedWith start = startedWith;
    // (the start's time only where target/classes was empty at the start)
    Instant classesRunning = start != null && start.classes() != null ? start.classes() : startedAt;
    if (swap != null) {
      Instant swapped = DevSwap.lastClassesModified().orElse(swap.at());
      classesRunning =
          classesRunning == null || swapped.isAfter(classesRunning) ? swapped : classesRunning;
    }
    if (classesAt != null && classesRunning != null && classesAt.isAfter(classesRunning)) {
      return "the build's output (target/classes) changed at "
          + classesAt
          + ", after what the running application has (written by "
          + classesRunning
          + ")";
    }
    if (start == null) {
      return null;
    }
    List<Path> gone = start.gone(sources);
    if (!gone.isEmpty()) {
      return "deleted or renamed after the application started: "
          + gone.stream().map(checkout.orElseThrow()::relative).collect(Collectors.joining(", "));
    }
    Instant webapp = StartedWith.newestWebapp(sources, b);
    return start.webappSavedSince(webapp)
        ? "src/main/webapp saved at " + webapp + ", after the application started"
        : null;
  }

  /**
   * Whether the checkout has uncommitted changes (see {@link DevCheckout#dirty()}); null where
   * there is no checkout or git cannot tell.
   */
  public Boolean dirty() {
    return checkout.map(DevCheckout::dirty).orElse(null);
  }
}
