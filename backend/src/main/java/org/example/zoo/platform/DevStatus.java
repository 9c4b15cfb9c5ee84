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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Is what answers the code that was saved? Known only where the server runs the classes straight
 * from the build's output directory ({@code backend/target/classes}: dev mode and liberty:devc),
 * next to the sources. The status model, from the last save to the running application:
 *
 * <ul>
 *   <li>{@code lastSave}: the newest file under {@code backend/src/main};
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
 *       {@code restarting} (classes newer than the running application), {@code not-reloading}
 *       (newer classes, and the application monitor is disabled), {@code start-failed}; {@code
 *       problem} says it in one line (null when current).
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
              description =
                  "current, compiling, compile-failed, not-compiled, restarting, not-reloading or"
                      + " start-failed")
          String state,
      @Schema(description = "why what answers is not the saved code; null when current")
          String problem,
      @Schema(
              description =
                  "how recompiled classes are taken up: swap (method bodies swapped into the running"
                      + " application, a restart for anything else), restart, polled (Liberty's"
                      + " monitor restarts) or none")
          String reload,
      Save lastSave,
      Compile lastCompile,
      Start lastStart,
      @Schema(
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
      @Schema(description = "compiled, pending, failed or unknown") String status,
      @Schema(description = "the newest compiled class") Instant at,
      @Schema(description = "sources saved after their class was written")
          List<String> changedFiles,
      @Schema(description = "the compiler's first errors: file (from the checkout), line, message")
          List<CompileError> errors,
      @Schema(description = "why the status is unknown") String detail) {}

  @Schema(name = "DevCompileError")
  @JsonbPropertyOrder({"file", "line", "message"})
  public record CompileError(String file, long line, String message) {}

  @Schema(name = "DevStart")
  @JsonbPropertyOrder({"status", "at", "cause"})
  public record Start(
      @Schema(description = "started or failed") String status, Instant at, String cause) {}

  private final Optional<Path> backend;
  private final Optional<DevCheckout> checkout;
  private final CompileCheck compileCheck;
  private volatile Instant computedAt = Instant.EPOCH;
  private volatile Dev last;
  private volatile Instant classesAtStart;

  public DevStatus() {
    this.backend =
        BuildInfo.classesDirectory()
            .filter(BuildInfo::isDevModeClasses)
            .map(classes -> classes.getParent().getParent());
    this.checkout = backend.map(DevCheckout::around);
    this.compileCheck =
        backend.map(b -> new CompileCheck(b, checkout.orElseThrow().root())).orElse(null);
  }

  /**
   * Notes the newest file of the build's output directory as this application starts: what it runs,
   * on the file system's clock, to compare later class files with (no clock in between).
   */
  void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
    classesAtStart = backend.flatMap(b -> newestClass(b)).orElse(null);
  }

  private static Optional<Instant> newestClass(Path backend) {
    return DevCheckout.newest(backend.resolve("target/classes")).map(CompileCheck::modified);
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
    Save save =
        DevCheckout.newest(b.resolve("src/main"))
            .map(f -> new Save(checkout.orElseThrow().relative(f), CompileCheck.modified(f)))
            .orElse(null);
    Instant classesAt = newestClass(b).orElse(null);
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
    // what the running application's classes are as of: its start, or the swap after it
    Instant runningAsOf = swap != null ? swap.at() : startedAt;
    // the same on the file system's clock: the newest class file it started with or swapped in
    Instant runningClassesAsOf = classesAtStart;
    if (swap != null) {
      Instant swapped = DevSwap.lastClassesModified().orElse(swap.at());
      if (runningClassesAsOf == null || swapped.isAfter(runningClassesAsOf)) {
        runningClassesAsOf = swapped;
      }
    }
    if (runningClassesAsOf == null) {
      runningClassesAsOf = runningAsOf;
    }

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
    } else if (classesAt != null
        && runningClassesAsOf != null
        && classesAt.isAfter(runningClassesAsOf)) {
      String notReloading = config.whyNotReloading();
      state = notReloading != null ? "not-reloading" : "restarting";
      problem =
          notReloading != null
              ? "classes compiled after the application started are never loaded: " + notReloading
              : "classes compiled at "
                  + classesAt
                  + " are newer than those the running application has (written by "
                  + runningClassesAsOf
                  + "): it reloads them";
    } else {
      state = "current";
      problem = null;
    }
    return new Dev(state, problem, config.reload(), save, compile, start, swap);
  }

  /**
   * Whether the checkout has uncommitted changes (see {@link DevCheckout#dirty()}); null where
   * there is no checkout or git cannot tell.
   */
  public Boolean dirty() {
    return checkout.map(DevCheckout::dirty).orElse(null);
  }
}
