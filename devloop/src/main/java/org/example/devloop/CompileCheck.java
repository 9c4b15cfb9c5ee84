package org.example.devloop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Did the saved Java sources compile? Dev mode compiles a saved file into {@code target/classes}
 * and prints the compiler's errors in its terminal only. A source file newer than its class file
 * has not been compiled (yet, or because it does not compile); for those files this check runs the
 * JDK's compiler ({@code javax.tools}) once more, with the build's own class path (written by the
 * build to {@code target/compile-classpath.txt}), into a temporary directory that is deleted
 * afterwards: it compiles nothing into the application, it only reports what the compiler says. The
 * answer is cached until a source file changes again.
 */
final class CompileCheck {

  /** One compiler error: the file relative to the project, its 1-based line, the message. */
  record Error(String file, long line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  /**
   * {@code status}: {@code compiled} (every source is older than its class), {@code failed} (the
   * compiler reports errors for the newer sources), {@code pending} (newer sources that compile:
   * dev mode has not written their classes yet), {@code unknown} (no compiler or class path here).
   */
  record Result(String status, List<String> changedFiles, List<Error> errors, String detail) {}

  static final int MAX_ERRORS = 10;

  private final Path project;
  private final Path sources;
  private final Path classes;
  private final Path classpathFile;
  private volatile String cachedKey;
  private volatile Result cachedResult;

  /**
   * @param module the module directory: sources in {@code src/main/java}, classes in {@code
   *     target/classes}
   * @param project the directory file names are reported relative to (the checkout's root)
   */
  CompileCheck(Path module, Path project) {
    this.project = project;
    this.sources = module.resolve("src/main/java");
    this.classes = module.resolve("target/classes");
    this.classpathFile = module.resolve("target/compile-classpath.txt");
  }

  Result check() {
    List<Path> changed = changedSources();
    if (changed.isEmpty()) {
      return new Result("compiled", List.of(), List.of(), null);
    }
    String key = fingerprint(changed);
    Result cached = cachedResult;
    if (cached != null && key.equals(cachedKey)) {
      return cached;
    }
    Result result = compile(changed);
    cachedResult = result;
    cachedKey = key;
    return result;
  }

  /** Sources saved after their class file was written (or without one: a new file). */
  List<Path> changedSources() {
    if (!Files.isDirectory(sources)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(sources)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("package-info.java"))
          .filter(f -> !f.getFileName().toString().equals("module-info.java"))
          .filter(this::newerThanItsClass)
          .sorted(Comparator.comparing(CompileCheck::modified).reversed())
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  private boolean newerThanItsClass(Path source) {
    String relative = sources.relativize(source).toString();
    Path classFile = classes.resolve(relative.substring(0, relative.length() - 5) + ".class");
    return !Files.exists(classFile) || modified(source).isAfter(modified(classFile));
  }

  private Result compile(List<Path> changed) {
    List<String> names = changed.stream().map(this::relative).toList();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return new Result(
          "unknown", names, List.of(), "this server runs on a JRE without a compiler");
    }
    Optional<String> classpath = classpath();
    if (classpath.isEmpty()) {
      return new Result(
          "unknown", names, List.of(), "the build's class path (" + classpathFile + ") is missing");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = null;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      out = Files.createTempDirectory("devloop-compile-check");
      List<String> options =
          List.of(
              "-proc:none",
              "-implicit:none",
              "-encoding",
              "UTF-8",
              "-Xmaxerrs",
              Integer.toString(MAX_ERRORS),
              "-d",
              out.toString(),
              "-sourcepath",
              sources.toString(),
              "-classpath",
              classes + java.io.File.pathSeparator + classpath.get());
      javac
          .getTask(
              null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(changed))
          .call();
    } catch (IOException | RuntimeException e) {
      return new Result("unknown", names, List.of(), "the compiler could not run: " + e);
    } finally {
      deleteRecursively(out);
    }
    List<Error> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR && errors.size() < MAX_ERRORS) {
        String file = d.getSource() == null ? "?" : relative(Path.of(d.getSource().toUri()));
        String message = d.getMessage(Locale.ROOT);
        int newline = message.indexOf('\n');
        errors.add(
            new Error(
                file, d.getLineNumber(), newline < 0 ? message : message.substring(0, newline)));
      }
    }
    return errors.isEmpty()
        ? new Result("pending", names, List.of(), null)
        : new Result("failed", names, List.copyOf(errors), null);
  }

  /** The build's class path, when every entry of it exists here (else the errors would lie). */
  private Optional<String> classpath() {
    try {
      if (!Files.isRegularFile(classpathFile)) {
        return Optional.empty();
      }
      String text = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
      for (String entry : text.split(java.io.File.pathSeparator)) {
        if (!entry.isBlank() && !Files.exists(Path.of(entry))) {
          return Optional.empty();
        }
      }
      return Optional.of(text);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private String relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(project)
        ? project.relativize(absolute).toString().replace('\\', '/')
        : absolute.toString();
  }

  private static String fingerprint(List<Path> files) {
    StringBuilder key = new StringBuilder();
    for (Path f : files) {
      key.append(f).append('@').append(modified(f).toEpochMilli()).append(';');
    }
    return key.toString();
  }

  static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
