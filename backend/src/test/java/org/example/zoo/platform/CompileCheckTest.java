package org.example.zoo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile status of a module directory: compiled, pending, failed with file:line:message. */
class CompileCheckTest {

  @TempDir Path root;

  private Path module() throws IOException {
    Path module = root.resolve("backend");
    Files.createDirectories(module.resolve("src/main/java/zoo"));
    Files.createDirectories(module.resolve("target/classes/zoo"));
    Files.writeString(module.resolve("target/compile-classpath.txt"), "");
    return module;
  }

  private static void write(Path file, String text, Instant at) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(at));
  }

  @Test
  void everySourceOlderThanItsClassIsCompiled() throws IOException {
    Path module = module();
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    write(module.resolve("src/main/java/zoo/A.java"), "package zoo; class A {}", t);
    write(module.resolve("target/classes/zoo/A.class"), "", t.plusSeconds(1));
    CompileCheck.Result result = new CompileCheck(module, root).check();
    assertEquals("compiled", result.status());
    assertEquals(List.of(), result.changedFiles());
  }

  @Test
  void aNewerSourceThatCompilesIsPending() throws IOException {
    Path module = module();
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    write(module.resolve("target/classes/zoo/A.class"), "", t);
    write(module.resolve("src/main/java/zoo/A.java"), "package zoo; class A {}", t.plusSeconds(5));
    write(module.resolve("src/main/java/zoo/B.java"), "package zoo; class B { A a; }", t);
    CompileCheck.Result result = new CompileCheck(module, root).check();
    assertEquals("pending", result.status(), result::toString);
    // B has no class at all (a new file): also not compiled yet
    assertEquals(
        List.of("backend/src/main/java/zoo/A.java", "backend/src/main/java/zoo/B.java"),
        result.changedFiles().stream().sorted().toList());
  }

  @Test
  void aNewerSourceThatDoesNotCompileNamesFileLineAndMessage() throws IOException {
    Path module = module();
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    write(module.resolve("target/classes/zoo/M.class"), "", t);
    write(
        module.resolve("src/main/java/zoo/M.java"),
        "package zoo;\n\nclass M {\n  String greeting = \"Hello v2\" + ;\n}\n",
        t.plusSeconds(5));
    CompileCheck.Result result = new CompileCheck(module, root).check();
    assertEquals("failed", result.status(), result::toString);
    CompileCheck.Error first = result.errors().get(0);
    assertEquals("backend/src/main/java/zoo/M.java", first.file());
    assertEquals(4, first.line());
    assertTrue(first.message().contains("illegal start of expression"), first::toString);
    assertEquals("backend/src/main/java/zoo/M.java:4: " + first.message(), first.toString());
    assertTrue(
        Files.notExists(module.resolve("target/classes/zoo/M.class"))
            || Files.size(module.resolve("target/classes/zoo/M.class")) == 0,
        "nothing is compiled into the application's classes");
  }

  @Test
  void aClassPathEntryThatIsMissingHereMakesTheStatusUnknownNotAnError() throws IOException {
    Path module = module();
    Files.writeString(module.resolve("target/compile-classpath.txt"), "/nowhere/api.jar");
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    write(module.resolve("target/classes/zoo/A.class"), "", t);
    write(module.resolve("src/main/java/zoo/A.java"), "package zoo; class A {}", t.plusSeconds(5));
    CompileCheck.Result result = new CompileCheck(module, root).check();
    assertEquals("unknown", result.status());
    assertTrue(result.detail().contains("compile-classpath.txt"), result::detail);
  }
}
