package org.example.zoo.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Which code this is. A packaged build reads what Maven wrote into META-INF/zoo-build.properties
 * (git revision, dirty flag, build time). Dev mode serves the classes straight from {@code
 * target/classes} and recompiles them on every save, so there the revision is read live from the
 * checkout's .git and the build time is that of the newest compiled class: {@code source} says
 * which one applies.
 */
public record BuildInfo(
    String name,
    String version,
    String revision,
    Boolean dirty,
    String buildTime,
    String commitTime,
    String source) {

  private static final String RESOURCE = "/META-INF/zoo-build.properties";
  private static final String UNKNOWN = "unknown";

  public static BuildInfo load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String revision = value(p, "zoo.build.revision");
    Optional<Path> classes = classesDirectory().filter(BuildInfo::isDevModeClasses);
    if (classes.isEmpty() && !revision.equals(UNKNOWN)) {
      return new BuildInfo(
          value(p, "zoo.build.name"),
          value(p, "zoo.build.version"),
          revision,
          Boolean.parseBoolean(value(p, "zoo.build.dirty")),
          value(p, "zoo.build.time"),
          value(p, "zoo.build.commit-time"),
          "build");
    }
    return new BuildInfo(
        value(p, "zoo.build.name"),
        value(p, "zoo.build.version"),
        classes.flatMap(BuildInfo::gitHead).orElse(UNKNOWN),
        null,
        classes.flatMap(BuildInfo::newestFile).map(Instant::toString).orElse(UNKNOWN),
        UNKNOWN,
        classes.isPresent() ? "dev" : UNKNOWN);
  }

  /**
   * Dev mode runs the classes straight from the build's output directory ({@code target/classes});
   * a deployed WAR has them under {@code WEB-INF/classes}, even when Liberty expands it.
   */
  static boolean isDevModeClasses(Path classes) {
    return classes.endsWith(Path.of("target", "classes"));
  }

  /** A property the build did not fill in reads "unknown", not "${...}". */
  private static String value(Properties p, String key) {
    String v = p.getProperty(key);
    return v == null || v.isBlank() || v.startsWith("${") ? UNKNOWN : v;
  }

  /** The directory the classes are loaded from, when they are not inside an archive. */
  static Optional<Path> classesDirectory() {
    URL url =
        BuildInfo.class.getProtectionDomain().getCodeSource() == null
            ? null
            : BuildInfo.class.getProtectionDomain().getCodeSource().getLocation();
    try {
      if (url != null && "file".equals(url.getProtocol())) {
        Path path = Path.of(url.toURI());
        if (Files.isDirectory(path)) {
          return Optional.of(path);
        }
      }
      URL self = BuildInfo.class.getResource("BuildInfo.class");
      if (self != null && "file".equals(self.getProtocol())) {
        Path file = Path.of(self.toURI());
        // .../classes/org/example/zoo/build/BuildInfo.class -> .../classes
        return Optional.ofNullable(
            file.getParent().getParent().getParent().getParent().getParent());
      }
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The abbreviated commit that HEAD points to in the checkout around {@code start}, found by
   * walking up to its {@code .git}: a directory, or a file naming the git directory ({@code gitdir:
   * …}, as in a linked worktree or a submodule). Branch refs are looked up in the git directory,
   * then in the common directory its {@code commondir} names (where a worktree's branches live).
   * Empty when there is no checkout or it cannot be read.
   */
  static Optional<String> gitHead(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path dotGit = dir.resolve(".git");
      if (Files.exists(dotGit)) {
        try {
          return commitOfHead(gitDirectory(dotGit));
        } catch (IOException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Path gitDirectory(Path dotGit) throws IOException {
    if (Files.isDirectory(dotGit)) {
      return dotGit;
    }
    String line = read(dotGit);
    if (!line.startsWith("gitdir:")) {
      throw new IOException(dotGit + " names no git directory");
    }
    return dotGit.getParent().resolve(line.substring("gitdir:".length()).trim()).normalize();
  }

  private static Optional<String> commitOfHead(Path git) throws IOException {
    String head = read(git.resolve("HEAD"));
    if (!head.startsWith("ref: ")) {
      return Optional.of(abbreviate(head));
    }
    String ref = head.substring(5).trim();
    Path commondir = git.resolve("commondir");
    Path common = Files.isRegularFile(commondir) ? git.resolve(read(commondir)).normalize() : git;
    for (Path refFile : new Path[] {git.resolve(ref), common.resolve(ref)}) {
      if (Files.isRegularFile(refFile)) {
        return Optional.of(abbreviate(read(refFile)));
      }
    }
    Path packed = common.resolve("packed-refs");
    if (!Files.isRegularFile(packed)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(packed)) {
      return lines
          .filter(line -> line.endsWith(" " + ref))
          .map(line -> abbreviate(line.substring(0, line.indexOf(' '))))
          .findFirst();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).trim();
  }

  private static String abbreviate(String sha) {
    return sha.length() > 7 ? sha.substring(0, 7) : sha;
  }

  static Optional<Instant> newestFile(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(BuildInfo::modified)
          .max(FileTime::compareTo)
          .map(FileTime::toInstant);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
