package org.example.zoo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What gives a production-profile server away as being used for development. */
class DevelopmentUseTripwireTest {

  @TempDir Path root;

  @Test
  void thePackagedImageShowsNothing() throws IOException {
    Path classes =
        root.resolve("opt/ol/wlp/usr/servers/defaultServer/apps/expanded/zoo.war/WEB-INF/classes");
    Files.createDirectories(classes);
    Path server = root.resolve("opt/ol/wlp/usr/servers/defaultServer");
    assertEquals(
        List.of(), DevelopmentUseTripwire.findings(Optional.of(classes), server, "disabled"));
  }

  @Test
  void boundClassesSourcesGitAndTheMonitorAreEachNamed() throws IOException {
    Path checkout = root.resolve("work/zoo");
    Files.createDirectories(checkout.resolve(".git"));
    Files.createDirectories(checkout.resolve("backend/src/main/java"));
    Path classes = checkout.resolve("backend/target/classes");
    Files.createDirectories(classes);
    List<String> found =
        DevelopmentUseTripwire.findings(Optional.of(classes), root.resolve("config"), "polled");
    assertEquals(4, found.size(), found::toString);
    assertTrue(found.get(0).contains("build's output directory " + classes), found::toString);
    assertTrue(found.get(1).contains("sources are visible"), found::toString);
    assertTrue(found.get(2).contains(checkout.resolve(".git").toString()), found::toString);
    assertTrue(found.get(3).contains("APP_UPDATE_TRIGGER=polled"), found::toString);
  }

  @Test
  void aGitWorktreeFileAboveTheServerCounts() throws IOException {
    Path checkout = root.resolve("wt");
    Files.createDirectories(checkout);
    Files.writeString(checkout.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/wt\n");
    Path server = checkout.resolve("backend/target/liberty/wlp/usr/servers/zoo");
    Files.createDirectories(server);
    List<String> found = DevelopmentUseTripwire.findings(Optional.empty(), server, "disabled");
    assertEquals(List.of("a git checkout is visible at " + checkout.resolve(".git")), found);
  }
}
