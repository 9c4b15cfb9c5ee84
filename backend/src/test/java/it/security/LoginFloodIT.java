package it.security;

import static it.support.Api.object;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.SecondServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A flood of sign-ins, against a server with the default limits (the build's test server sets them
 * out of the suite's way: it-limits.xml): each client address gets its own rate limit, and beyond
 * the bounded password checks a sign-in is refused fast with 503 rather than queued behind the
 * flood, while liveness keeps answering. How fast liveness and reads stay is measured by
 * bench/login-flood.py, not here.
 */
class LoginFloodIT {

  private static SecondServer server;
  private static Api anonymous;

  @BeforeAll
  static void start() {
    int port = SecondServer.freePort();
    String base = "http://127.0.0.1:" + port;
    server =
        new SecondServer(
            "zoo-login-flood",
            SecondServer.onDatabase(
                port,
                "jdbc:h2:mem:flood;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "HTTPS_PORT",
                Integer.toString(SecondServer.freePort())),
            Set.of("configDropins/overrides/it-limits.xml"));
    anonymous = new Api(base).anonymous();
    server.await(
        "the server to be ready",
        Duration.ofSeconds(120),
        () -> anonymous.get("/api/health/ready").status() == 200);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static Api.Reply login(Api from, String username) {
    return from.post(
        "/api/auth/login", object("username", username, "password", "not-the-password"));
  }

  @Test
  void eachClientAddressHasItsOwnRateLimit() {
    Api client = anonymous.from("203.0.113.7");
    // 30 a minute by default (ZOO_AUTH_LOGIN_RATE): a bucket of 30, one attempt back every 2 s
    long started = System.nanoTime();
    int admitted = 0;
    Api.Reply reply = login(client, "rate-0");
    while (reply.status() != 429
        || !reply.json().getString("type").equals("/problems/login-rate-limited")) {
      admitted++;
      assertTrue(admitted <= 100, "no rate limit after 100 attempts: " + reply);
      // a locked name's fast 429s count as attempts too
      reply = login(client, "rate-" + (admitted % 3));
    }
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    assertTrue(
        admitted >= 30 && admitted <= 30 + seconds / 2 + 1,
        admitted + " attempts admitted in " + seconds + " s");
    JsonObject problem = assertProblem(reply, 429, "/problems/login-rate-limited");
    assertTrue(problem.getString("detail").contains("30 a minute"), problem::toString);
    int retryAfter = Integer.parseInt(reply.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 3, "one attempt back every 2 s: " + retryAfter);

    // another address is not affected
    assertProblem(login(anonymous.from("203.0.113.8"), "rate-y"), 401, "/problems/login-failed");
  }

  @Test
  void beyondTheBoundedPasswordChecksASignInIsRefusedFastAndLivenessAnswers() throws Exception {
    int clients = 40;
    ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Api client = anonymous.from("198.51.100." + (i + 1));
        String name = "flood-" + UUID.randomUUID();
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return login(client, name);
                }));
      }
      start.countDown();
      Api.Reply live = anonymous.get("/health/live");
      assertEquals(200, live.status(), "liveness during the flood: " + live);
      Map<String, Integer> types = new TreeMap<>();
      for (Future<Api.Reply> future : replies) {
        Api.Reply reply = future.get(60, TimeUnit.SECONDS);
        JsonObject problem = reply.json();
        types.merge(reply.status() + " " + problem.getString("type"), 1, Integer::sum);
        if (reply.status() == 503) {
          assertEquals("1", reply.header("Retry-After"), reply::toString);
        }
      }
      assertEquals(
          Set.of("401 /problems/login-failed", "503 /problems/login-busy"),
          types.keySet(),
          types::toString);
    } finally {
      pool.shutdownNow();
    }
  }
}
