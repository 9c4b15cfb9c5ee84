package org.example.zoo.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's command wrapper (src/main/container/drain-run) around a stand-in server: a shell that
 * writes what happens to it into a file and exits 7 on SIGTERM.
 */
class DrainRunTest {

  private static final Path DRAIN_RUN = Path.of("src/main/container/drain-run");

  @TempDir Path dir;

  private Path events() {
    return dir.resolve("events");
  }

  private Path marker() {
    return dir.resolve("draining");
  }

  private Process start(String drainSeconds, String serverScript) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(DRAIN_RUN.toAbsolutePath().toString(), "sh", "-c", serverScript)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out").toFile());
    builder.environment().put("ZOO_DRAIN_SECONDS", drainSeconds);
    builder.environment().put("ZOO_DRAIN_FILE", marker().toString());
    builder.environment().put("EVENTS", events().toString());
    return builder.start();
  }

  private static final String SERVER =
      "trap 'echo TERM >>\"$EVENTS\"; exit 7' TERM; echo started >>\"$EVENTS\";"
          + " while :; do sleep 0.1; done";

  private String events(Process process) throws IOException {
    return Files.exists(events()) ? Files.readString(events()) : "";
  }

  private void await(String what, long millis, Check check) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (System.nanoTime() < deadline) {
      if (check.holds()) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  @Test
  void sigtermMarksTheDrainWaitsTheDelayThenStopsTheServerAndPassesOnItsStatus() throws Exception {
    Process run = start("2", SERVER);
    await("the server to start", 5000, () -> events(run).contains("started"));
    long signalled = System.nanoTime();
    run.destroy(); // SIGTERM
    await("the drain marker", 1000, () -> Files.exists(marker()));
    Thread.sleep(1000);
    assertFalse(events(run).contains("TERM"), "the server runs on during the drain");
    assertTrue(run.waitFor(10, TimeUnit.SECONDS), "stops after the drain");
    double seconds = (System.nanoTime() - signalled) / 1e9;
    assertTrue(seconds >= 2, "stopped after " + seconds + " s, the drain is 2 s");
    assertTrue(events(run).contains("TERM"), "the server got SIGTERM");
    assertEquals(7, run.exitValue(), "the server's exit status");
    assertFalse(Files.exists(marker()), "the marker is removed at exit");
  }

  @Test
  void aSecondSignalStopsTheServerAtOnce() throws Exception {
    Process run = start("60", SERVER);
    await("the server to start", 5000, () -> events(run).contains("started"));
    run.destroy();
    await("the drain marker", 1000, () -> Files.exists(marker()));
    run.destroy();
    assertTrue(run.waitFor(5, TimeUnit.SECONDS), "a second SIGTERM does not wait for the drain");
    assertEquals(7, run.exitValue());
    assertTrue(events(run).contains("TERM"));
  }

  @Test
  void aServerThatExitsByItselfEndsTheWrapperWithItsStatus() throws Exception {
    Process run = start("10", "exit 3");
    assertTrue(run.waitFor(5, TimeUnit.SECONDS));
    assertEquals(3, run.exitValue());
  }

  @Test
  void aDelayThatIsNotAWholeNumberIsRefusedNamingTheVariable() throws Exception {
    Process run = start("ten", SERVER);
    assertTrue(run.waitFor(5, TimeUnit.SECONDS));
    assertEquals(2, run.exitValue());
    assertTrue(Files.readString(dir.resolve("out")).contains("ZOO_DRAIN_SECONDS"));
    assertFalse(Files.exists(events()), "nothing was started");
  }

  @Test
  void withoutAFileNameItPicksOneAndTellsTheServer() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                DRAIN_RUN.toAbsolutePath().toString(),
                "sh",
                "-c",
                "echo \"$ZOO_DRAIN_FILE\" >\"$EVENTS\"")
            .redirectErrorStream(true);
    builder.environment().remove("ZOO_DRAIN_FILE");
    builder.environment().put("TMPDIR", dir.toString());
    builder.environment().put("EVENTS", events().toString());
    Process run = builder.start();
    assertTrue(run.waitFor(5, TimeUnit.SECONDS));
    assertTrue(
        Files.readString(events()).trim().startsWith(dir.resolve("zoo-draining.").toString()),
        Files.readString(events()));
  }
}
