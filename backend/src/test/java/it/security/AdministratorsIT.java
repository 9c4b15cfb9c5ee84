package it.security;

import static it.support.Api.id;
import static it.support.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.SecondServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * There is always an administrator: on a server of its own whose only administrator is the
 * bootstrap one (no demo data; the test server's it-auth.xml), renames, deletes and concurrent
 * demotions never leave none.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministratorsIT {

  private static final String BOOTSTRAP = "it-bootstrap-admin";
  private static final String BOOTSTRAP_PASSWORD = "it-bootstrap-password";
  private static final int ROUNDS = 12;

  private static SecondServer server;
  private static String base;

  @BeforeAll
  static void start() {
    int port = SecondServer.freePort();
    base = "http://127.0.0.1:" + port;
    server =
        new SecondServer(
            "zoo-admins",
            SecondServer.onDatabase(
                port,
                "jdbc:h2:mem:admins;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "HTTPS_PORT",
                Integer.toString(SecondServer.freePort())));
    server.await(
        "the server to be ready",
        Duration.ofSeconds(120),
        () -> new Api(base).anonymous().get("/api/health/ready").status() == 200);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static JsonObject user(Api api, String username) {
    return api.get("/api/users?q=" + username).items().stream()
        .map(JsonObject.class::cast)
        .filter(u -> u.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no user " + username));
  }

  private static long admins(Api api) {
    return api.get("/api/users?size=100").items().stream()
        .map(JsonObject.class::cast)
        .filter(u -> u.getString("role").equals("admin"))
        .count();
  }

  private static Api.Reply setRole(Api api, JsonObject user, String role) {
    return api.put(
        "/api/users/" + id(user),
        object(
            "username",
            user.getString("username"),
            "role",
            role,
            "version",
            user.getJsonNumber("version").longValue()));
  }

  /** First: while the bootstrap administrator is the only one. */
  @Test
  @Order(1)
  void theLastAdministratorRenamedCannotBeDeletedWithItsOldToken() {
    Api admin = new Api(base).login(BOOTSTRAP, BOOTSTRAP_PASSWORD);
    JsonObject self = user(admin, BOOTSTRAP);
    Api.Reply renamed =
        admin.put(
            "/api/users/" + id(self),
            object(
                "username",
                "renamed-admin",
                "role",
                "admin",
                "version",
                self.getJsonNumber("version").longValue()));
    assertEquals(200, renamed.status(), renamed::toString);
    try {
      Api.Reply deleted = admin.delete("/api/users/" + id(self));
      assertEquals(409, deleted.status(), () -> "the last administrator: " + deleted);
      assertTrue(admins(admin) >= 1, "an administrator is left");
    } finally {
      Api.Reply current = admin.get("/api/users/" + id(self));
      if (current.status() != 200) {
        return; // deleted: the assertion above says so
      }
      JsonObject now = current.json();
      admin.put(
          "/api/users/" + id(self),
          object(
              "username",
              BOOTSTRAP,
              "role",
              "admin",
              "version",
              now.getJsonNumber("version").longValue()));
    }
  }

  @Test
  @Order(2)
  void twoAdministratorsDemotingEachOtherAtOnceLeaveOne() throws Exception {
    Api first = new Api(base).login(BOOTSTRAP, BOOTSTRAP_PASSWORD);
    Api.Reply created =
        first.post(
            "/api/users",
            object(
                "username", "second-admin", "role", "admin", "password", "second-in-command-pass"));
    assertEquals(201, created.status(), created::toString);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        // signed in afresh: a demotion ends the demoted user's tokens (RevocationIT)
        Api one = new Api(base).login(BOOTSTRAP, BOOTSTRAP_PASSWORD);
        Api second = new Api(base).login("second-admin", "second-in-command-pass");
        JsonObject a = user(one, BOOTSTRAP);
        JsonObject b = user(one, "second-admin");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        replies.add(
            pool.submit(
                () -> {
                  go.await();
                  return setRole(one, b, "viewer");
                }));
        replies.add(
            pool.submit(
                () -> {
                  go.await();
                  return setRole(second, a, "viewer");
                }));
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Reply> reply : replies) {
          statuses.add(reply.get(30, TimeUnit.SECONDS).status());
        }
        String where = "round " + round + ": " + statuses;
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), where);
        // the other: 409 (the last administrator), or 401 when the winner's demotion of its
        // caller committed before the other request's token check
        assertEquals(1, statuses.stream().filter(s -> s == 409 || s == 401).count(), where);
        Api anyAdmin = new Api(base);
        assertEquals(1, admins(anyAdmin), "exactly one administrator is left, " + where);
        // The one left promotes the other again for the next round.
        boolean firstLeft = user(anyAdmin, BOOTSTRAP).getString("role").equals("admin");
        Api left = firstLeft ? one : second;
        JsonObject demoted = user(left, firstLeft ? "second-admin" : BOOTSTRAP);
        Api.Reply restored = setRole(left, demoted, "admin");
        assertEquals(200, restored.status(), restored::toString);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
