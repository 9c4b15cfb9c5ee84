package org.example.zoo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dev block of /api/info as JSON-B (Yasson, as the server) writes it. */
class DevStatusJsonTest {

  @Test
  void aFailedCompileIsWrittenWithFileLineAndMessage() throws Exception {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    DevStatus.Dev dev =
        new DevStatus.Dev(
            "compile-failed",
            "the saved code does not compile: A.java:4: illegal start of expression",
            "swap",
            new DevStatus.Save("backend/src/main/java/A.java", at),
            new DevStatus.Compile(
                "failed",
                at,
                List.of("backend/src/main/java/A.java"),
                List.of(
                    new DevStatus.CompileError(
                        "backend/src/main/java/A.java", 4, "illegal start of expression")),
                null),
            new DevStatus.Start("started", at, null),
            null);
    try (Jsonb jsonb = JsonbBuilder.create()) {
      assertEquals(
          "{\"state\":\"compile-failed\",\"problem\":\"the saved code does not compile: A.java:4:"
              + " illegal start of expression\",\"reload\":\"swap\",\"lastSave\":{\"file\":\"backend/src/main/java/A.java\","
              + "\"at\":\"2026-01-01T00:00:00Z\"},\"lastCompile\":{\"status\":\"failed\","
              + "\"at\":\"2026-01-01T00:00:00Z\",\"changedFiles\":[\"backend/src/main/java/A.java\"],"
              + "\"errors\":[{\"file\":\"backend/src/main/java/A.java\",\"line\":4,"
              + "\"message\":\"illegal start of expression\"}]},\"lastStart\":{\"status\":\"started\","
              + "\"at\":\"2026-01-01T00:00:00Z\"}}",
          jsonb.toJson(dev));
    }
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
