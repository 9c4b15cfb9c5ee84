package it.platform;

import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.SecondServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * A missing database must not crash or restart-loop the server: it starts, stays live, is not
 * ready, answers API calls with 503, and becomes ready by itself once the database appears. The
 * database here is an H2 TCP server that this test starts late and stops early.
 */
class DatabaseOutageIT {

  @Test
  void serverWaitsForTheDatabaseAndRecovers() throws Exception {
    int dbPort = SecondServer.freePort();
    int httpPort = SecondServer.freePort();
    String url =
        "jdbc:h2:tcp://127.0.0.1:"
            + dbPort
            + "/mem:outage;DB_CLOSE_DELAY=-1;MODE=MSSQLServer;"
            + "DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    Map<String, String> env =
        Map.of(
            "HTTP_PORT",
            Integer.toString(httpPort),
            "HTTPS_PORT",
            Integer.toString(SecondServer.freePort()),
            "H2_URL",
            url,
            "ZOO_DB_RETRY_MAX_SECONDS",
            "1",
            "ZOO_DEMO_DATA",
            "true");
    Api api = new Api("http://127.0.0.1:" + httpPort);

    try (SecondServer server = new SecondServer("zoo-outage", env)) {
      server.await(
          "the server to answer",
          Duration.ofSeconds(60),
          () -> api.get("/health/live").status() == 200);

      assertEquals(
          "UP", api.get("/health/live").json().getString("status"), "live without a database");
      assertEquals(200, api.get("/health/started").status(), "started without a database");
      server.await(
          "readiness to report the unreachable database",
          Duration.ofSeconds(30),
          () -> api.get("/health/ready").text().contains("not reachable"));
      Api.Reply ready = api.get("/health/ready");
      assertEquals(503, ready.status(), ready::toString);
      JsonObject check =
          ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
              .filter(c -> "database".equals(c.getString("name")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no database check: " + ready));
      assertTrue(
          check.getJsonObject("data").getString("reason").contains("not reachable"),
          check::toString);

      Api.Reply api503 = api.get("/api/animals");
      assertProblem(api503, 503, "/problems/database-unavailable");
      assertEquals("5", api503.header("Retry-After"), "tells clients when to retry");
      assertEquals(
          200, api.get("/api/message").status(), "endpoints without the database still work");

      Server h2 =
          Server.createTcpServer("-tcpPort", Integer.toString(dbPort), "-ifNotExists").start();
      try {
        server.await(
            "readiness UP after the database appeared",
            Duration.ofSeconds(60),
            () -> api.get("/health/ready").status() == 200);
        Api.Reply animals = api.get("/api/animals");
        assertEquals(200, animals.status(), animals::toString);
        assertTrue(animals.json().getInt("totalItems") > 0, "migrated and seeded by itself");
      } finally {
        h2.stop();
      }

      server.await(
          "readiness DOWN after the database went away",
          Duration.ofSeconds(30),
          () -> api.get("/health/ready").status() == 503);
      assertProblem(api.get("/api/animals"), 503, "/problems/database-unavailable");
      assertEquals(
          200,
          api.get("/health/live").status(),
          "still live: a restart would not bring the database back");
      assertTrue(
          !server.log().contains("CWWKE0036I")
              || server.log().indexOf("CWWKE0036I") > server.log().indexOf("CWWKF0011I"),
          "the server did not stop by itself");
    }
  }
}
