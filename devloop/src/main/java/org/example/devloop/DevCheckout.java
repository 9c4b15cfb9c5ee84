package org.example.devloop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The checkout a dev-mode server runs from, as {@link DevStatus} sees it: its root, whether it has
 * uncommitted changes (git), and the newest file below a directory (the last save, the last
 * compiled class).
 */
final class DevCheckout {

  private final Path root;
  private volatile Instant dirtyAt = Instant.EPOCH;
  private volatile Boolean dirty;

  private DevCheckout(Path root) {
    this.root = root;
  }

  /**
   * Whether the checkout has uncommitted changes ({@code git status --porcelain}: modified, added,
   * deleted or untracked files); null where there is no checkout or git cannot tell. Asked at most
   * every 2 s, with a 5 s limit.
   */
  public Boolean dirty() {
    if (!Files.exists(root.resolve(".git"))) {
      return null;
    }
    Instant now = Instant.now();
    if (now.isBefore(dirtyAt.plusSeconds(2))) {
      return dirty;
    }
    dirty = gitStatusDirty(root);
    dirtyAt = now;
    return dirty;
  }

  static Boolean gitStatusDirty(Path checkout) {
    try {
      Process git =
          new ProcessBuilder("git", "status", "--porcelain")
              .directory(checkout.toFile())
              .redirectErrorStream(false)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] out = git.getInputStream().readAllBytes();
      if (!git.waitFor(5, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return null;
      }
      return git.exitValue() == 0 ? !new String(out, StandardCharsets.UTF_8).isBlank() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * The checkout around the module directory {@code module}: the directory holding .git (a
   * directory, or a file in a git worktree) above it, else the module's parent.
   */
  static DevCheckout around(Path module) {
    for (Path dir = module; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return new DevCheckout(dir);
      }
    }
    return new DevCheckout(module.getParent() == null ? module : module.getParent());
  }

  Path root() {
    return root;
  }

  /** {@code file} as the checkout names it, with forward slashes ({@code app/src/...}). */
  String relative(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** The most recently modified file below {@code dir}; empty when there is none. */
  static Optional<Path> newest(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).max(Comparator.comparing(CompileCheck::modified));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }
}
