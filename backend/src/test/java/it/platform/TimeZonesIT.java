package it.platform;

import static it.support.Api.id;
import static it.support.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import it.support.SecondServer;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * Every timestamp column (feeding.scheduled_at and fed_at, app_user.last_login_at and locked_until,
 * refresh_token.created_at and expires_at) stores the exact instant, whatever zone the server's JVM
 * runs in. One database, four servers one after the other, in UTC, Europe/Berlin, America/New_York
 * and Pacific/Kiritimati: each writes instants (the daylight-saving gaps and repeated hours among
 * them), the column is read as text over JDBC (it must hold the UTC time), and each server reads
 * back what all the servers before it wrote.
 */
class TimeZonesIT {

  static final List<String> ZONES =
      List.of("UTC", "Europe/Berlin", "America/New_York", "Pacific/Kiritimati");

  /** Berlin's and New York's spring-forward gaps, Berlin's repeated hour, microseconds. */
  static final List<String> SCHEDULED =
      List.of(
          "2026-03-29T02:30:00Z",
          "2027-03-28T02:15:00Z",
          "2026-03-08T02:30:00Z",
          "2026-10-25T02:30:00Z",
          "2026-03-29T01:59:59.999999Z");

  /** What the API acknowledged, to be read back later: path -> property -> instant. */
  private final Map<String, Map<String, Instant>> written = new LinkedHashMap<>();

  @Test
  void everyInstantSurvivesEveryZone() throws Exception {
    int dbPort = SecondServer.freePort();
    String url =
        "jdbc:h2:tcp://127.0.0.1:"
            + dbPort
            + "/mem:zones;DB_CLOSE_DELAY=-1;MODE=MSSQLServer;"
            + "DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    Server h2 =
        Server.createTcpServer("-tcpPort", Integer.toString(dbPort), "-ifNotExists").start();
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      for (String zone : ZONES) {
        int httpPort = SecondServer.freePort();
        Map<String, String> env = SecondServer.onDatabase(httpPort, url, "TZ", zone);
        Api api = new Api("http://127.0.0.1:" + httpPort);
        try (SecondServer server =
            new SecondServer("zoo-tz-" + zone.replace('/', '-').toLowerCase(), env)) {
          server.await(
              "the server in " + zone + " to be ready",
              Duration.ofSeconds(120),
              () -> api.get("/health/ready").status() == 200);
          assertEquals(
              zone,
              api.get("/api/info").json().getString("jvmTimeZone"),
              "the server's JVM runs in " + zone);
          readBackEverything(api, zone);
          write(api, db, zone);
          readBackEverything(api, zone);
        }
      }
    } finally {
      h2.stop();
    }
  }

  private void write(Api api, Connection db, String zone) throws SQLException {
    Fixtures fixtures = new Fixtures(api);
    long species = id(fixtures.species());
    long enclosure = id(fixtures.enclosure(10));
    long animal = id(fixtures.animal(species, enclosure));
    long keeper = id(fixtures.keeper(List.of(enclosure)));

    List<Long> feedings = new ArrayList<>();
    for (String at : SCHEDULED) {
      JsonObject feeding = fixtures.feeding(animal, at);
      assertEquals(at, feeding.getString("scheduledAt"), zone + ": answered as sent");
      long id = id(feeding);
      assertEquals(Instant.parse(at), column(db, "feeding", "scheduled_at", id), zone + ": stored");
      remember("/api/feedings/" + id, "scheduledAt", Instant.parse(at));
      feedings.add(id);
    }

    Instant before = Instant.now();
    Api.Reply completed =
        api.post("/api/feedings/" + feedings.get(0) + "/complete", object("keeperId", keeper));
    Instant after = Instant.now();
    assertEquals(200, completed.status(), completed::toString);
    Instant fedAt = Instant.parse(completed.json().getString("fedAt"));
    assertWithin(before, after, fedAt, zone + ": fedAt is now");
    assertEquals(fedAt, column(db, "feeding", "fed_at", feedings.get(0)), zone + ": fed_at");
    remember("/api/feedings/" + feedings.get(0), "fedAt", fedAt);

    JsonObject user = fixtures.user("viewer");
    long userId = id(user);
    String username = user.getString("username");
    before = Instant.now();
    api.login(username, "initial-password-1");
    after = Instant.now();
    Instant lastLogin =
        Instant.parse(api.get("/api/users/" + userId).json().getString("lastLoginAt"));
    assertWithin(before, after, lastLogin, zone + ": lastLoginAt is now");
    assertEquals(lastLogin, column(db, "app_user", "last_login_at", userId), zone + ": stored");
    remember("/api/users/" + userId, "lastLoginAt", lastLogin);
    // The login started a browser session: refresh_token.created_at is that instant, and the
    // session ends zoo.auth.session-hours (12) later.
    long session = latestSession(db, userId);
    Instant created = column(db, "refresh_token", "created_at", session);
    assertWithin(before, after, created, zone + ": refresh_token.created_at is now");
    assertEquals(
        created.plus(Duration.ofHours(12)),
        column(db, "refresh_token", "expires_at", session),
        zone + ": refresh_token.expires_at");

    before = Instant.now();
    for (int i = 0; i < 5; i++) {
      api.anonymous()
          .post("/api/auth/login", object("username", username, "password", "wrong-password-1"));
    }
    after = Instant.now();
    Instant lockedUntil = column(db, "app_user", "locked_until", userId);
    assertNotNull(lockedUntil, zone + ": locked after 5 failures");
    // The test server's lock-out is 5 s (src/test/liberty/configDropins/it-auth.xml).
    assertWithin(before.plusSeconds(5), after.plusSeconds(5), lockedUntil, zone + ": locked_until");
  }

  private void readBackEverything(Api api, String zone) {
    written.forEach(
        (path, properties) -> {
          JsonObject json = api.get(path).json();
          properties.forEach(
              (property, instant) ->
                  assertEquals(
                      instant,
                      Instant.parse(json.getString(property)),
                      () -> zone + " reads " + path + " " + property));
        });
  }

  private void remember(String path, String property, Instant value) {
    written.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(property, value);
  }

  /** The column as the database holds it, as text, read as a UTC time. */
  private static Instant column(Connection db, String table, String column, long id)
      throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT CAST(" + column + " AS VARCHAR(40)) FROM " + table + " WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next(), table + " " + id);
        String text = row.getString(1);
        return text == null
            ? null
            : LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      }
    }
  }

  private static long latestSession(Connection db, long userId) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("SELECT MAX(id) FROM refresh_token WHERE user_id = ?")) {
      select.setLong(1, userId);
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next() && row.getLong(1) > 0, "a session row for user " + userId);
        return row.getLong(1);
      }
    }
  }

  private static void assertWithin(Instant from, Instant to, Instant actual, String what) {
    Duration slack = Duration.ofMillis(5);
    assertTrue(
        !actual.isBefore(from.minus(slack)) && !actual.isAfter(to.plus(slack)),
        () -> what + ": " + actual + " not in [" + from + ", " + to + "]");
  }
}
