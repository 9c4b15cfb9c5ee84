package org.example.devloop.agent;

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
    // liberty:devc's definition (target/.libertyDevc/apps/shop.war.xml), mounted as /config/apps
    Files.writeString(
        apps.resolve("shop.war.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <archive>
            <dir sourceOnDisk="${devloop.test.projectRoot}/app/src/main/webapp" targetInArchive="/"/>
            <dir sourceOnDisk="${devloop.test.projectRoot}/app/target/classes" targetInArchive="/WEB-INF/classes"/>
            <file sourceOnDisk="${devloop.test.projectRoot}/app/target/tmp/META-INF/MANIFEST.MF" targetInArchive="/META-INF/MANIFEST.MF"/>
        </archive>
        """);
    System.setProperty("devloop.test.projectRoot", "/devmode");
    try {
      assertEquals(
          List.of(Path.of("/devmode/app/target/classes")), LooseApplications.classRoots(apps));
      assertEquals(
          List.of("MANIFEST.MF"),
          LooseApplications.watchedPlaces(apps).get(Path.of("/devmode/app/target/tmp/META-INF")));
      assertEquals(List.of("shop"), LooseApplications.names(apps));
    } finally {
      System.clearProperty("devloop.test.projectRoot");
    }
  }

  @Test
  void anUnknownVariableStaysAsWritten() {
    assertEquals(
        "${devloop.test.unknown}/classes",
        LooseApplications.resolve("${devloop.test.unknown}/classes"));
  }
}
