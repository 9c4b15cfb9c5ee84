package it.platform;

import static it.support.Api.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import it.support.SecondServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The development profile's embedded database recovers from a failed migration by itself: a new
 * migration that fails half-way (a CREATE TABLE, then an INSERT into a misspelled table) leaves the
 * database as it was, readiness names the script and the database's message, and once the migration
 * is fixed — or deleted — the next application restart applies it (or nothing) and the server is
 * ready again, with the data it had. Saves are made as dev mode makes them: the application changes
 * on disk and Liberty's monitor restarts it.
 */
class DevDatabaseRecoveryIT {

  private static final String MIGRATIONS = "WEB-INF/classes/db/migration/";

  @Test
  void aFailedMigrationFixedOrDeletedRecoversWithTheDataKept() throws Exception {
    int httpPort = SecondServer.freePort();
    Api api = new Api("http://127.0.0.1:" + httpPort);
    try (SecondServer server =
        new SecondServer(
            "zoo-dev-db-recovery",
            Map.of(
                "HTTP_PORT",
                Integer.toString(httpPort),
                "APP_UPDATE_TRIGGER",
                "polled",
                "APP_POLLING_RATE",
                "250ms"))) {
      Path war = server.directory().resolve("apps/zoo.war");
      server.await(
          "the server to be ready",
          Duration.ofSeconds(120),
          () -> api.get("/health/ready").status() == 200);
      JsonObject species = new Fixtures(api).species();
      long speciesId = id(species);

      save(
          war,
          "V900__recovery_check.sql",
          "CREATE TABLE recovery_check (id INT NOT NULL PRIMARY KEY);\n"
              + "INSERT INTO recovery_chekc (id) VALUES (1);\n");
      String reason = awaitFailed(server, api, "the broken migration to fail");
      assertTrue(
          reason.contains("V900__recovery_check.sql (line 2)")
              && reason.toLowerCase().contains("recovery_chekc"),
          "readiness names the script and the database's message: " + reason);
      assertTrue(
          server.log().contains("The embedded database is back as it was before this migration"),
          "the log says what happened");

      save(
          war,
          "V900__recovery_check.sql",
          "CREATE TABLE recovery_check (id INT NOT NULL PRIMARY KEY);\n"
              + "INSERT INTO recovery_check (id) VALUES (1);\n");
      awaitSchema(server, api, "900", "the fixed migration to apply");
      assertEquals(
          200,
          api.get("/api/species/" + speciesId).status(),
          "the data from before is still there");

      save(war, "V901__recovery_check.sql", "INSERT INTO no_such_table (id) VALUES (1);\n");
      awaitFailed(server, api, "the second broken migration to fail");
      save(war, "V901__recovery_check.sql", null);
      awaitSchema(server, api, "900", "the server to be ready once the migration is deleted");
      assertEquals(
          201,
          api.post("/api/species", Fixtures.speciesBody(Fixtures.unique("After recovery")))
              .status(),
          "writes work");
    }
  }

  /**
   * Replaces (or, with null, deletes) a migration in the deployed application: the new archive is
   * written next to it and moved over it in one step, as a build would, so that the monitor never
   * sees half a file.
   */
  private static void save(Path war, String migration, String sql) throws IOException {
    Path next = war.resolveSibling("zoo.war.next");
    Files.copy(war, next, StandardCopyOption.REPLACE_EXISTING);
    try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + next.toUri()), Map.of())) {
      Path entry = zip.getPath(MIGRATIONS + migration);
      if (sql == null) {
        Files.delete(entry);
      } else {
        Files.writeString(entry, sql, StandardCharsets.UTF_8);
      }
    }
    Files.move(next, war, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void awaitSchema(SecondServer server, Api api, String version, String what) {
    server.await(
        what + " (schema version " + version + ")",
        Duration.ofSeconds(90),
        () -> {
          Api.Reply info = api.get("/api/info");
          return api.get("/health/ready").status() == 200
              && info.status() == 200
              && version.equals(info.json().getJsonObject("database").getString("schemaVersion"));
        });
  }

  /** Waits for readiness DOWN with the database check FAILED; returns its reason. */
  private static String awaitFailed(SecondServer server, Api api, String what) {
    String[] reason = new String[1];
    server.await(
        what,
        Duration.ofSeconds(90),
        () -> {
          Api.Reply ready = api.get("/health/ready");
          if (ready.status() != 503 || !ready.contentType().contains("json")) {
            return false;
          }
          for (var check : ready.json().getJsonArray("checks").getValuesAs(JsonObject.class)) {
            JsonObject data = check.getJsonObject("data");
            if ("database".equals(check.getString("name"))
                && data != null
                && "FAILED".equals(data.getString("migrations", ""))) {
              reason[0] = data.getString("reason", "");
              return true;
            }
          }
          return false;
        });
    return reason[0];
  }
}
