package org.example.devloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile status of a module directory: compiled, pending, failed with file:line:message. */
class CompileCheckTest {

  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path root;
  private Path module;

  @BeforeEach
  void createModule() throws IOException {
    module = root.resolve("app");
    Files.createDirectories(module.resolve("src/main/java/shop"));
    Files.createDirectories(module.resolve("target/classes/shop"));
    Files.writeString(module.resolve("target/compile-classpath.txt"), "");
  }

  /** Writes {@code src/main/java/shop/<name>.java}, last modified at {@code at}. */
  private void source(String name, String text, Instant at) throws IOException {
    write(module.resolve("src/main/java/shop/" + name + ".java"), text, at);
  }

  /** Writes an empty {@code target/classes/shop/<name>.class}, last modified at {@code at}. */
  private void compiledClass(String name, Instant at) throws IOException {
    write(module.resolve("target/classes/shop/" + name + ".class"), "", at);
  }

  private static void write(Path file, String text, Instant at) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(at));
  }

  private CompileCheck.Result check() {
    return new CompileCheck(module, root).check();
  }

  @Test
  void everySourceOlderThanItsClassIsCompiled() throws IOException {
    source("A", "package shop; class A {}", T);
    compiledClass("A", T.plusSeconds(1));
    CompileCheck.Result result = check();
    assertEquals("compiled", result.status());
    assertEquals(List.of(), result.changedFiles());
  }

  @Test
  void aNewerSourceThatCompilesIsPending() throws IOException {
    compiledClass("A", T);
    source("A", "package shop; class A {}", T.plusSeconds(5));
    source("B", "package shop; class B { A a; }", T);
    CompileCheck.Result result = check();
    assertEquals("pending", result.status(), result::toString);
    // B has no class at all (a new file): also not compiled yet
    assertEquals(
        List.of("app/src/main/java/shop/A.java", "app/src/main/java/shop/B.java"),
        result.changedFiles().stream().sorted().toList());
  }

  @Test
  void aNewerSourceThatDoesNotCompileNamesFileLineAndMessage() throws IOException {
    compiledClass("M", T);
    source(
        "M",
        "package shop;\n\nclass M {\n  String greeting = \"Hello v2\" + ;\n}\n",
        T.plusSeconds(5));
    CompileCheck.Result result = check();
    assertEquals("failed", result.status(), result::toString);
    CompileCheck.Error first = result.errors().get(0);
    assertEquals("app/src/main/java/shop/M.java", first.file());
    assertEquals(4, first.line());
    assertTrue(first.message().contains("illegal start of expression"), first::toString);
    assertEquals("app/src/main/java/shop/M.java:4: " + first.message(), first.toString());
    Path classFile = module.resolve("target/classes/shop/M.class");
    assertTrue(
        Files.notExists(classFile) || Files.size(classFile) == 0,
        "nothing is compiled into the application's classes");
  }

  @Test
  void aClassPathEntryThatIsMissingHereMakesTheStatusUnknownNotAnError() throws IOException {
    Files.writeString(module.resolve("target/compile-classpath.txt"), "/nowhere/api.jar");
    compiledClass("A", T);
    source("A", "package shop; class A {}", T.plusSeconds(5));
    CompileCheck.Result result = check();
    assertEquals("unknown", result.status());
    assertTrue(result.detail().contains("compile-classpath.txt"), result::detail);
  }
}
