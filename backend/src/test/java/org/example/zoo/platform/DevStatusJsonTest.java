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
            new DevStatus.Save("backend/src/main/java/A.java", at),
            new DevStatus.Compile(
                "failed",
                at,
                List.of("backend/src/main/java/A.java"),
                List.of(
                    new DevStatus.CompileError(
                        "backend/src/main/java/A.java", 4, "illegal start of expression")),
                null),
            new DevStatus.Start("started", at, null));
    try (Jsonb jsonb = JsonbBuilder.create()) {
      assertEquals(
          "{\"state\":\"compile-failed\",\"problem\":\"the saved code does not compile: A.java:4:"
              + " illegal start of expression\",\"lastSave\":{\"file\":\"backend/src/main/java/A.java\","
              + "\"at\":\"2026-01-01T00:00:00Z\"},\"lastCompile\":{\"status\":\"failed\","
              + "\"at\":\"2026-01-01T00:00:00Z\",\"changedFiles\":[\"backend/src/main/java/A.java\"],"
              + "\"errors\":[{\"file\":\"backend/src/main/java/A.java\",\"line\":4,"
              + "\"message\":\"illegal start of expression\"}]},\"lastStart\":{\"status\":\"started\","
              + "\"at\":\"2026-01-01T00:00:00Z\"}}",
          jsonb.toJson(dev));
    }
  }
}
