package org.example.zoo.devagent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the file change agent reads from loose application definitions. */
class LooseApplicationsTest {

  @TempDir Path apps;

  @Test
  void definitionsAsLibertyDevcWritesThemNameTheProjectByAVariable() throws Exception {
    // liberty:devc's definition (target/.libertyDevc/apps/zoo.war.xml), mounted as /config/apps
    Files.writeString(
        apps.resolve("zoo.war.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <archive>
            <dir sourceOnDisk="${zoo.test.projectRoot}/backend/src/main/webapp" targetInArchive="/"/>
            <dir sourceOnDisk="${zoo.test.projectRoot}/backend/target/classes" targetInArchive="/WEB-INF/classes"/>
            <file sourceOnDisk="${zoo.test.projectRoot}/backend/target/tmp/META-INF/MANIFEST.MF" targetInArchive="/META-INF/MANIFEST.MF"/>
        </archive>
        """);
    System.setProperty("zoo.test.projectRoot", "/devmode");
    try {
      assertEquals(
          List.of(Path.of("/devmode/backend/target/classes")), LooseApplications.classRoots(apps));
      assertEquals(
          List.of("MANIFEST.MF"),
          LooseApplications.watchedPlaces(apps)
              .get(Path.of("/devmode/backend/target/tmp/META-INF")));
      assertEquals(List.of("zoo"), LooseApplications.names(apps));
    } finally {
      System.clearProperty("zoo.test.projectRoot");
    }
  }

  @Test
  void anUnknownVariableStaysAsWritten() {
    assertEquals(
        "${zoo.test.unknown}/classes", LooseApplications.resolve("${zoo.test.unknown}/classes"));
  }
}
