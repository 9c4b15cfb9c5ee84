package org.example.devloop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a dev-mode application started with, so that {@link DevStatus} can tell the saves it has not
 * taken up: a newer file in the build's output ({@code target/classes}), and the two kinds of save
 * that leave no newer file there, a file deleted (or renamed) under {@code src/main} and a save
 * under {@code src/main/webapp} (served from the sources, never copied). Times are the file
 * system's and are compared only with other files' times, so no clock sits in between.
 *
 * @param classes the newest file of {@code target/classes} at the start (null: none)
 * @param webapp the newest file of {@code src/main/webapp} at the start (null: none)
 * @param sources the files under {@code src/main} at the start, without editors' own files
 */
record StartedWith(Instant classes, Instant webapp, Set<Path> sources) {

  /** What {@code module} (the module's directory) holds now. */
  static StartedWith now(Path module) {
    Set<Path> sources = sources(module);
    return new StartedWith(
        newest(module.resolve("target/classes")), newestWebapp(sources, module), sources);
  }

  /** The newest of {@code sources} below {@code src/main/webapp}, by modification time; or null. */
  static Instant newestWebapp(Set<Path> sources, Path module) {
    return newestOf(sources, module.resolve("src/main/webapp"))
        .map(CompileCheck::modified)
        .orElse(null);
  }

  /** The most recently modified of {@code files} below {@code dir}; empty when there is none. */
  static Optional<Path> newestOf(Set<Path> files, Path dir) {
    return files.stream()
        .filter(f -> f.startsWith(dir))
        .max(Comparator.comparing(CompileCheck::modified));
  }

  /** The newest file below {@code dir}, by modification time; null when there is none. */
  static Instant newest(Path dir) {
    return DevCheckout.newest(dir).map(CompileCheck::modified).orElse(null);
  }

  /**
   * The files under {@code src/main}, without editors' swap, backup and temporary files (names that
   * start with {@code .} or {@code #}, end with {@code ~}, or hold {@code ___jb_}).
   */
  static Set<Path> sources(Path module) {
    Path main = module.resolve("src/main");
    if (!Files.isDirectory(main)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.walk(main)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !editorsOwn(f.getFileName().toString()))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException | UncheckedIOException e) {
      return Set.of();
    }
  }

  private static boolean editorsOwn(String name) {
    return name.startsWith(".")
        || name.startsWith("#")
        || name.endsWith("~")
        || name.contains("___jb_");
  }

  /**
   * The files of the start that are gone now (deleted or renamed), at most three, in name order.
   */
  List<Path> gone(Set<Path> now) {
    return sources.stream().filter(f -> !now.contains(f)).sorted().limit(3).toList();
  }

  /** Whether a file of {@code src/main/webapp} was saved after the start. */
  boolean webappSavedSince(Instant newestNow) {
    return newestNow != null && (webapp == null || newestNow.isAfter(webapp));
  }
}
