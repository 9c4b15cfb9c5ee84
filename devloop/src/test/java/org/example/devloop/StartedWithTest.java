package org.example.devloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * The saves that leave no newer class file behind: deletions, renames and web application files.
 */
class StartedWithTest {

  @TempDir Path backend;
  private final Instant start = Instant.parse("2026-01-01T10:00:00Z");

  private Path file(String path, Instant modified) throws IOException {
    Path file = backend.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, path);
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  @BeforeEach
  void aModule() throws IOException {
    file("src/main/java/org/example/A.java", start.minusSeconds(60));
    file("src/main/java/org/example/B.java", start.minusSeconds(60));
    file("src/main/webapp/WEB-INF/web.xml", start.minusSeconds(60));
    file("target/classes/org/example/A.class", start.minusSeconds(30));
  }

  @Test
  void aDeletedOrRenamedSourceIsNamed() throws IOException {
    StartedWith started = StartedWith.now(backend);
    assertEquals(List.of(), started.gone(StartedWith.sources(backend)));
    Path b = backend.resolve("src/main/java/org/example/B.java");
    Files.move(b, b.resolveSibling("C.java"));
    assertEquals(List.of(b), started.gone(StartedWith.sources(backend)));
  }

  @Test
  void editorsSwapBackupAndTemporaryFilesAreNotSources() throws IOException {
    StartedWith started = StartedWith.now(backend);
    for (String name : List.of(".A.java.swp", "A.java~", "#A.java#", "A.java___jb_tmp___")) {
      Path own = file("src/main/java/org/example/" + name, start);
      assertFalse(StartedWith.sources(backend).contains(own), name);
      Files.delete(own);
    }
    assertEquals(List.of(), started.gone(StartedWith.sources(backend)));
  }

  @Test
  void aWebApplicationFileSavedAfterTheStartIsSeen() throws IOException {
    StartedWith started = StartedWith.now(backend);
    assertEquals(start.minusSeconds(60), started.webapp());
    assertEquals(start.minusSeconds(30), started.classes());
    assertFalse(started.webappSavedSince(webappNow()), "nothing saved");
    file("src/main/webapp/WEB-INF/.web.xml.swp", start.plusSeconds(3));
    assertFalse(started.webappSavedSince(webappNow()), "an editor's swap file is not a save");
    file("src/main/webapp/WEB-INF/web.xml", start.plusSeconds(5));
    assertTrue(started.webappSavedSince(webappNow()), "web.xml saved");
  }

  private Instant webappNow() {
    return StartedWith.newestWebapp(StartedWith.sources(backend), backend);
  }
}
