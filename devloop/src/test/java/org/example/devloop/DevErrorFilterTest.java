package org.example.devloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which requests the error page answers, and where the dev loop sets itself up. */
class DevErrorFilterTest {

  private static final List<String> PASS = List.of("/api/info", "/health", "/openapi");

  @Test
  void theApiAndThePagesAreAnsweredFilesTheStatusAndThePassingPathsAreNot() {
    assertTrue(DevErrorFilter.applies("/", "/api", PASS));
    assertTrue(DevErrorFilter.applies("", "/api", PASS));
    assertTrue(DevErrorFilter.applies("/animals/12", "/api", PASS), "a client route");
    assertTrue(DevErrorFilter.applies("/api/animals", "/api", PASS));
    assertTrue(DevErrorFilter.applies("/api/v1.2/things", "/api", PASS), "the API, dots or not");
    assertTrue(DevErrorFilter.applies("/api/infos", "/api", PASS), "a path is not a prefix");
    assertFalse(DevErrorFilter.applies("/api/info", "/api", PASS));
    assertFalse(DevErrorFilter.applies("/health/ready", "/api", PASS), "below a passing path");
    assertFalse(DevErrorFilter.applies("/assets/index-3f2a.js", "/api", PASS), "a file");
    assertFalse(DevErrorFilter.applies(DevLoopInitializer.STATUS_PATH, "/api", PASS));
  }

  @Test
  void theModuleIsTheOneWhoseTargetClassesAreServed() {
    assertEquals(
        Optional.of(Path.of("/work/app").toAbsolutePath()),
        DevStatus.moduleOf(Path.of("/work/app/target/classes")));
    assertEquals(
        Optional.empty(), DevStatus.moduleOf(Path.of("/srv/apps/expanded/x.war/WEB-INF/classes")));
  }

  @Test
  void thePageEscapesWhatTheCompilerSays() {
    DevStatus.Dev dev =
        new DevStatus.Dev(
            "compile-failed",
            "the saved code does not compile: A.java:3: <identifier> expected",
            "swap",
            null,
            new DevStatus.Compile(
                "failed",
                null,
                List.of("A.java"),
                List.of(new DevStatus.CompileError("A.java", 3, "<identifier> expected")),
                null),
            new DevStatus.Start("started", null, null),
            null,
            null);
    String page = DevErrorFilter.page(dev, "/ctx/devloop/status");
    assertTrue(page.contains("A.java:3: &lt;identifier&gt; expected"), page);
    assertFalse(page.contains("<identifier>"), page);
    assertTrue(page.contains("href=\"/ctx/devloop/status\""), page);
  }
}
