package org.example.devloop.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both ways the file change agent learns of changes report the same files. */
class ChangesTest {

  @TempDir Path dir;

  private void assertReports(Changes changes) throws Exception {
    Path classes = dir.resolve("classes");
    Path existing = classes.resolve("a/A.class");
    try (changes) {
      assertEquals(Set.of(), changes.next(150).files(), "nothing changed yet");

      Files.writeString(existing, "edited");
      Files.setLastModifiedTime(existing, FileTime.fromMillis(System.currentTimeMillis() + 5000));
      assertTrue(awaitFile(changes, existing), "an edited file");

      Path added = classes.resolve("b/B.class");
      Files.createDirectories(added.getParent());
      Files.writeString(added, "new");
      assertTrue(awaitFile(changes, added), "a file in a new directory");

      Files.delete(existing);
      assertTrue(awaitFile(changes, existing), "a deleted file");

      Files.writeString(dir.resolve("manifest/OTHER.MF"), "not watched");
      Files.writeString(dir.resolve("manifest/MANIFEST.MF"), "watched");
      assertTrue(awaitFile(changes, dir.resolve("manifest/MANIFEST.MF")), "a single file");
    }
  }

  /** Whether {@code file} is reported within 5 s (a notification may name its directory first). */
  private static boolean awaitFile(Changes changes, Path file) throws Exception {
    long deadline = System.currentTimeMillis() + 5000;
    while (System.currentTimeMillis() < deadline) {
      Set<Path> files = changes.next(200).files();
      assertTrue(
          files.stream().noneMatch(f -> f.getFileName().toString().equals("OTHER.MF")), "" + files);
      if (files.contains(file)) {
        return true;
      }
    }
    return false;
  }

  private Map<Path, List<String>> places() throws IOException {
    Files.createDirectories(dir.resolve("classes/a"));
    Files.writeString(dir.resolve("classes/a/A.class"), "compiled");
    Files.createDirectories(dir.resolve("manifest"));
    return Map.of(
        dir.resolve("classes"), List.of(), dir.resolve("manifest"), List.of("MANIFEST.MF"));
  }

  @Test
  void fileNotificationsReportEditsAdditionsAndDeletions() throws Exception {
    assertReports(Changes.of(places(), 0));
  }

  @Test
  void aScanReportsEditsAdditionsAndDeletions() throws Exception {
    assertReports(Changes.of(places(), 50));
  }
}
