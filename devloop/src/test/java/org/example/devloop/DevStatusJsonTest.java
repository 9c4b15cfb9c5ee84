package org.example.devloop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dev status as JSON: every property present, null where there is no value. */
class DevStatusJsonTest {

  @Test
  void aFailedCompileIsWrittenWithFileLineAndMessage() throws Exception {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    DevStatus.Dev dev =
        new DevStatus.Dev(
            "compile-failed",
            "the saved code does not compile: A.java:4: illegal start of expression",
            "swap",
            new DevStatus.Save("app/src/main/java/A.java", at),
            new DevStatus.Compile(
                "failed",
                at,
                List.of("app/src/main/java/A.java"),
                List.of(
                    new DevStatus.CompileError(
                        "app/src/main/java/A.java", 4, "illegal start of expression")),
                null),
            new DevStatus.Start("started", at, null),
            null,
            true);
    assertEquals(
        "{\"state\":\"compile-failed\",\"problem\":\"the saved code does not compile: A.java:4:"
            + " illegal start of expression\",\"reload\":\"swap\",\"lastSave\":{\"file\":\"app/src/main/java/A.java\","
            + "\"at\":\"2026-01-01T00:00:00Z\"},\"lastCompile\":{\"status\":\"failed\","
            + "\"at\":\"2026-01-01T00:00:00Z\",\"changedFiles\":[\"app/src/main/java/A.java\"],"
            + "\"errors\":[{\"file\":\"app/src/main/java/A.java\",\"line\":4,"
            + "\"message\":\"illegal start of expression\"}],\"detail\":null},"
            + "\"lastStart\":{\"status\":\"started\",\"at\":\"2026-01-01T00:00:00Z\","
            + "\"cause\":null},\"lastSwap\":null,\"dirty\":true}",
        DevStatus.toJson(dev).toString());
  }

  @Test
  void theFileChangeAgentsLastSwapIsReadFromItsSystemProperty() {
    String before = System.getProperty(DevSwap.PROPERTY);
    try {
      System.setProperty(DevSwap.PROPERTY, "1767225600000 org.example.A,org.example.A$Inner");
      assertEquals(
          new DevSwap(
              Instant.parse("2026-01-01T00:00:00Z"),
              List.of("org.example.A", "org.example.A$Inner")),
          DevSwap.last().orElseThrow());
      System.setProperty(DevSwap.PROPERTY, "1767225600000 ");
      assertEquals(List.of(), DevSwap.last().orElseThrow().classes());
      System.setProperty(DevSwap.PROPERTY, "yesterday A");
      assertEquals(java.util.Optional.empty(), DevSwap.last());
      System.setProperty(DevSwap.CLASSES_MODIFIED_PROPERTY, "2026-01-01T00:00:00.123456789Z");
      assertEquals(
          Instant.parse("2026-01-01T00:00:00.123456789Z"),
          DevSwap.lastClassesModified().orElseThrow(),
          "as precise as the file system");
      System.setProperty(DevSwap.CLASSES_MODIFIED_PROPERTY, "1767225600000");
      assertEquals(java.util.Optional.empty(), DevSwap.lastClassesModified());
    } finally {
      System.clearProperty(DevSwap.CLASSES_MODIFIED_PROPERTY);
      if (before == null) {
        System.clearProperty(DevSwap.PROPERTY);
      } else {
        System.setProperty(DevSwap.PROPERTY, before);
      }
    }
  }
}
