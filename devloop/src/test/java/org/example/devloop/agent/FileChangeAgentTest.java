package org.example.devloop.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the file change agent waits before acting on a change. */
class FileChangeAgentTest {

  @TempDir Path module;

  @Test
  void aDeletedClassWhoseSourceRemainsIsBeingRecompiled() throws Exception {
    Path classes = module.resolve("target/classes");
    Path source = module.resolve("src/main/java/demo/Greeter.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package demo; class Greeter {}");
    Set<Path> deleted =
        Set.of(classes.resolve("demo/Greeter.class"), classes.resolve("demo/Greeter$1.class"));

    assertTrue(FileChangeAgent.beingRecompiled(deleted, List.of(classes)), "source still there");
    Files.delete(source);
    assertFalse(FileChangeAgent.beingRecompiled(deleted, List.of(classes)), "source deleted too");
    Path written = classes.resolve("demo/Other.class");
    Files.createDirectories(written.getParent());
    Files.writeString(written, "compiled");
    assertFalse(
        FileChangeAgent.beingRecompiled(Set.of(written), List.of(classes)), "a class written");
  }

  @Test
  void aClassFileNotWrittenToTheEndIsBeingWritten() throws Exception {
    Path source = module.resolve("src/main/java/demo/Greeter.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source, "package demo; public class Greeter { String hi() { return \"hi\"; } }");
    Path classes = module.resolve("target/classes");
    Javac.compile(source, classes, "");
    Path greeter = classes.resolve("demo/Greeter.class");
    byte[] whole = Files.readAllBytes(greeter);

    assertFalse(FileChangeAgent.beingWritten(Set.of(greeter)), "a whole class");
    Files.write(greeter, new byte[0]);
    assertTrue(FileChangeAgent.beingWritten(Set.of(greeter)), "created or truncated, not written");
    Files.write(greeter, Arrays.copyOf(whole, whole.length / 2));
    assertTrue(FileChangeAgent.beingWritten(Set.of(greeter)), "half written");
    Files.delete(greeter);
    assertFalse(FileChangeAgent.beingWritten(Set.of(greeter)), "deleted: not being written");
    assertFalse(FileChangeAgent.beingWritten(Set.of(source)), "not a class file");
  }
}
