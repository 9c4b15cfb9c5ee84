package deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged WAR ({@code target/zoo.war}, what the image deploys) holds exactly what this build
 * produced: the classes and resources of {@code target/classes}, the web UI's {@code frontend/dist}
 * and {@code src/main/webapp}; nothing left over from an earlier build in the same checkout (a
 * class whose source was deleted, an old UI bundle). The WAR plugin keeps its exploded directory
 * ({@code target/zoo}) between builds and, by default, removes outdated files only under {@code
 * WEB-INF/lib}; {@code outdatedCheckPath} in backend/pom.xml widens that to everything. And none of
 * the dev loop (the devloop module, which dev mode's loose application holds) is in it.
 */
class WarContentsIT {

  private static final Path BACKEND = Path.of("").toAbsolutePath();

  @Test
  void theWarHoldsExactlyTheBuildsOutput() throws IOException {
    Set<String> expected = new TreeSet<>();
    expected.addAll(files(BACKEND.resolve("target/classes"), "WEB-INF/classes/"));
    expected.addAll(files(BACKEND.resolve("../frontend/dist").normalize(), ""));
    expected.addAll(files(BACKEND.resolve("src/main/webapp"), ""));
    // No library: the application's (Flyway, nimbus-jose-jwt, Bucket4j, Caffeine, zxcvbn) are
    // server libraries (lib/ of the server), the rest is Liberty's.
    Set<String> packaged;
    try (ZipFile war = new ZipFile(BACKEND.resolve("target/zoo.war").toFile())) {
      packaged =
          war.stream()
              .filter(e -> !e.isDirectory())
              .map(ZipEntry::getName)
              .filter(n -> !n.startsWith("META-INF/maven/") && !n.equals("META-INF/MANIFEST.MF"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> leftOver = new TreeSet<>(packaged);
    leftOver.removeAll(expected);
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(packaged);
    assertEquals(Set.of(), leftOver, "in the WAR but not in this build's output");
    assertEquals(Set.of(), missing, "in this build's output but not in the WAR");
  }

  @Test
  void theWarHasNoneOfTheDevLoop() throws IOException {
    Path devloop = BACKEND.resolve("../devloop/target/classes").normalize();
    Set<String> devLoopFiles = files(devloop, "");
    assertFalse(
        devLoopFiles.stream().noneMatch(f -> f.endsWith(".class")),
        "the dev loop is built (the reactor builds devloop before backend): " + devloop);
    Set<String> found = new TreeSet<>();
    try (ZipFile war = new ZipFile(BACKEND.resolve("target/zoo.war").toFile())) {
      for (ZipEntry entry : war.stream().filter(e -> !e.isDirectory()).toList()) {
        String name = entry.getName();
        String inClasses =
            name.startsWith("WEB-INF/classes/") ? name.substring("WEB-INF/classes/".length()) : "";
        boolean namesTheDevLoop =
            name.contains("META-INF/services/")
                && new String(war.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
                    .contains("org.example.devloop");
        if (name.startsWith("WEB-INF/lib/")
            || name.contains("org/example/devloop/")
            || (inClasses.endsWith(".class") && devLoopFiles.contains(inClasses))
            || namesTheDevLoop) {
          found.add(name);
        }
      }
    }
    assertEquals(Set.of(), found, "dev loop files (or any library) in the packaged WAR");
  }

  private static Set<String> files(Path root, String prefix) throws IOException {
    if (!Files.isDirectory(root)) {
      return Set.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> prefix + root.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toSet());
    }
  }
}
