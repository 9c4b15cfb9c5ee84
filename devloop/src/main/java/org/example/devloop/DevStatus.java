package org.example.devloop;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Is what answers the code that was saved? Known where the server runs the application's classes
 * straight from its build's output directory ({@code <module>/target/classes}: dev mode and
 * liberty:devc), next to the sources ({@code <module>/src/main}). The status, from the last save to
 * the running application ({@link #toJson}):
 *
 * <ul>
 *   <li>{@code lastSave}: the newest file under {@code src/main} (not editors' own files);
 *   <li>{@code lastCompile}: the newest class and whether every Java source compiled ({@link
 *       CompileCheck}: {@code compiled}, {@code pending}, {@code failed} with file:line:message);
 *   <li>{@code lastStart}: when this application started, or why its start failed ({@link
 *       StartFailures});
 *   <li>{@code reload}: how recompiled classes are taken up ({@link Reload#how()});
 *   <li>{@code lastSwap}: when the file change agent last swapped recompiled method bodies into the
 *       running application without restarting it (and which classes), if it did after the last
 *       start; null otherwise;
 *   <li>{@code state}: {@code current} (what answers is what was saved), {@code compiling}, {@code
 *       compile-failed}, {@code not-compiled} (newer sources, and no compiler here to say why),
 *       {@code restarting} (a save not in the running application yet, see {@link StartedWith}),
 *       {@code not-reloading} (the same, never reloaded), {@code start-failed}; {@code problem}
 *       says it in one line (null when current);
 *   <li>{@code dirty}: whether the checkout has uncommitted changes (git), null where there is no
 *       checkout or git cannot tell.
 * </ul>
 *
 * File paths are relative to the checkout's root (the directory holding {@code .git}), with forward
 * slashes; times are ISO-8601 instants.
 */
public final class DevStatus {

  /** The file checks walk the source tree: done at most this often. */
  private static final Duration REFRESH = Duration.ofMillis(200);

  /** The status; see the class comment for each part. */
  public record Dev(
      String state,
      String problem,
      String reload,
      Save lastSave,
      Compile lastCompile,
      Start lastStart,
      DevSwap lastSwap,
      Boolean dirty) {}

  /** The newest saved file. */
  public record Save(String file, Instant at) {}

  /**
   * @param status {@code compiled}, {@code pending}, {@code failed} or {@code unknown}
   * @param at the newest compiled class; null when there is none
   * @param changedFiles sources saved after their class was written
   * @param errors the compiler's first errors
   * @param detail why the status is unknown; null otherwise
   */
  public record Compile(
      String status,
      Instant at,
      List<String> changedFiles,
      List<CompileError> errors,
      String detail) {}

  /** A compiler error: the file (from the checkout), its 1-based line, the message. */
  public record CompileError(String file, long line, String message) {}

  /**
   * @param status {@code started} or {@code failed}
   * @param at when it started or failed; null while starting
   * @param cause where and why the start failed; null when started
   */
  public record Start(String status, Instant at, String cause) {}

  private final Path module;
  private final DevCheckout checkout;
  private final CompileCheck compileCheck;
  private volatile Instant computedAt = Instant.EPOCH;
  private volatile Dev last;
  private volatile StartedWith startedWith;
  private volatile Instant startedAt;

  /**
   * @param module the application's module directory: its build's output in {@code target/classes},
   *     its sources in {@code src/main}
   */
  DevStatus(Path module) {
    this.module = module;
    this.checkout = DevCheckout.around(module);
    this.compileCheck = new CompileCheck(module, checkout.root());
  }

  /**
   * The module of an application whose classes are served from {@code classes}, when that is a
   * build's output directory ({@code <module>/target/classes}); empty for a packaged application
   * ({@code WEB-INF/classes}, expanded or not).
   */
  static Optional<Path> moduleOf(Path classes) {
    Path normalized = classes.toAbsolutePath().normalize();
    return normalized.endsWith(Path.of("target", "classes"))
        ? Optional.of(normalized.getParent().getParent())
        : Optional.empty();
  }

  /** Notes what this application started with, to tell the saves it has not taken up later. */
  void started() {
    startedWith = StartedWith.now(module);
    startedAt = Instant.now();
    last = null;
  }

  /** The status, computed at most every 200 ms. */
  public Dev current() {
    Instant now = Instant.now();
    Dev cached = last;
    if (cached != null && now.isBefore(computedAt.plus(REFRESH))) {
      return cached;
    }
    Dev dev = compute();
    last = dev;
    computedAt = now;
    return dev;
  }

  /** Whether what answers is not what was saved, for reasons a developer must act on or wait. */
  public boolean failed() {
    String state = current().state();
    return state.equals("compile-failed") || state.equals("start-failed");
  }

  /**
   * {@link #current()} as JSON, with {@code dirty} (a {@code git status}, at most every 2 s: asked
   * here only, never on the error page's path, which every request of the application takes): every
   * property present, {@code null} where there is no value.
   */
  public JsonObject toJson() {
    Dev dev = current();
    return toJson(
        new Dev(
            dev.state(),
            dev.problem(),
            dev.reload(),
            dev.lastSave(),
            dev.lastCompile(),
            dev.lastStart(),
            dev.lastSwap(),
            checkout.dirty()));
  }

  static JsonObject toJson(Dev dev) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    json.add("state", dev.state());
    add(json, "problem", dev.problem());
    json.add("reload", dev.reload());
    if (dev.lastSave() == null) {
      json.addNull("lastSave");
    } else {
      JsonObjectBuilder save = Json.createObjectBuilder().add("file", dev.lastSave().file());
      add(save, "at", dev.lastSave().at());
      json.add("lastSave", save);
    }
    Compile c = dev.lastCompile();
    JsonObjectBuilder compile = Json.createObjectBuilder().add("status", c.status());
    add(compile, "at", c.at());
    compile.add("changedFiles", Json.createArrayBuilder(c.changedFiles()));
    JsonArrayBuilder errors = Json.createArrayBuilder();
    for (CompileError e : c.errors()) {
      errors.add(
          Json.createObjectBuilder()
              .add("file", e.file())
              .add("line", e.line())
              .add("message", e.message()));
    }
    compile.add("errors", errors);
    add(compile, "detail", c.detail());
    json.add("lastCompile", compile);
    Start s = dev.lastStart();
    JsonObjectBuilder start = Json.createObjectBuilder().add("status", s.status());
    add(start, "at", s.at());
    add(start, "cause", s.cause());
    json.add("lastStart", start);
    if (dev.lastSwap() == null) {
      json.addNull("lastSwap");
    } else {
      JsonObjectBuilder swap = Json.createObjectBuilder();
      add(swap, "at", dev.lastSwap().at());
      json.add("lastSwap", swap.add("classes", Json.createArrayBuilder(dev.lastSwap().classes())));
    }
    if (dev.dirty() == null) {
      json.addNull("dirty");
    } else {
      json.add("dirty", dev.dirty());
    }
    return json.build();
  }

  private static void add(JsonObjectBuilder json, String name, Object value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value.toString());
    }
  }

  private Dev compute() {
    Path b = module;
    Set<Path> sources = StartedWith.sources(b);
    Save save =
        StartedWith.newestOf(sources, b.resolve("src/main"))
            .map(f -> new Save(checkout.relative(f), CompileCheck.modified(f)))
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
    Instant startedAt = this.startedAt;
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
      String notReloading = Reload.whyNot();
      state = notReloading != null ? "not-reloading" : "restarting";
      problem =
          notTakenUp + (notReloading != null ? "; never loaded: " + notReloading : "; reloading");
    } else {
      state = "current";
      problem = null;
    }
    return new Dev(state, problem, Reload.how(), save, compile, start, swap, null);
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
          + gone.stream().map(checkout::relative).collect(Collectors.joining(", "));
    }
    Instant webapp = StartedWith.newestWebapp(sources, b);
    return start.webappSavedSince(webapp)
        ? "src/main/webapp saved at " + webapp + ", after the application started"
        : null;
  }
}
