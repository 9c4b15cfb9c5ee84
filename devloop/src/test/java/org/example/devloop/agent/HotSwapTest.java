package org.example.devloop.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a swap makes of class files that are not loaded (no JVM to redefine them needed). */
class HotSwapTest {

  @TempDir Path module;

  private Path compile(String body) throws Exception {
    Path source = module.resolve("src/main/java/demo/Greeter.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source, "package demo; public class Greeter { String hi() { return \"" + body + "\"; } }");
    Path classes = module.resolve("target/classes");
    Javac.compile(source, classes, "");
    return classes.resolve("demo/Greeter.class");
  }

  @Test
  void aClassFileReadWhileBeingWrittenRestartsInsteadOfFailing() throws Exception {
    Path greeter = compile("hi");
    HotSwap swap = new HotSwap(null, List.of(module.resolve("target/classes")));
    swap.snapshot();
    byte[] edited = Files.readAllBytes(compile("hello"));

    Files.write(greeter, Arrays.copyOf(edited, edited.length / 2));
    HotSwap.Outcome half = swap.trySwap(Set.of(greeter));
    assertNotNull(half.restartBecause(), "a half-written class restarts");
    assertTrue(half.restartBecause().contains("not whole"), half.restartBecause());

    Files.write(greeter, edited);
    HotSwap.Outcome whole = swap.trySwap(Set.of(greeter));
    assertNull(whole.restartBecause(), "the whole edit: a method body, not loaded, no restart");
    assertEquals(List.of(), whole.swapped());
  }

  @Test
  void aSnapshotTakenWhileAClassWasBeingWrittenRestartsInsteadOfFailing() throws Exception {
    Path greeter = compile("hi");
    byte[] whole = Files.readAllBytes(greeter);
    Files.write(greeter, new byte[0]);
    HotSwap swap = new HotSwap(null, List.of(module.resolve("target/classes")));
    swap.snapshot();

    Files.write(greeter, whole);
    assertNotNull(swap.trySwap(Set.of(greeter)).restartBecause());
  }
}
