package it.security;

import static it.support.Api.id;
import static it.support.Api.object;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import it.support.Tokens;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in login: demo users, failures, lock-out, renewal, and what never leaks. */
class LoginIT {

  private final Api anonymous = new Api().anonymous();

  private Api.Reply login(String username, String password) {
    return anonymous.post("/api/auth/login", object("username", username, "password", password));
  }

  /**
   * Signs in successfully, which clears the user's failure count, waiting out a lock-out left by
   * another test (every test that sends wrong passwords ends with this).
   */
  private Api.Reply signIn(String username, String password) throws InterruptedException {
    Api.Reply reply = login(username, password);
    for (int attempt = 0; reply.status() == 429 && attempt < 5; attempt++) {
      Thread.sleep(Long.parseLong(reply.header("Retry-After")) * 1000 + 100);
      reply = login(username, password);
    }
    assertEquals(200, reply.status(), reply::toString);
    return reply;
  }

  @Test
  void demoUsersSignInWithTheirRole() throws InterruptedException {
    for (String role : List.of("viewer", "keeper", "admin")) {
      Api.Reply reply = signIn(role, "zoo-demo-" + role);
      JsonObject body = reply.json();
      assertEquals(role, body.getString("username"));
      assertEquals(role, body.getString("role"));
      assertEquals("Bearer", body.getString("tokenType"));
      assertEquals(900, body.getInt("expiresInSeconds"), "15 minutes by default");
      assertTrue(
          Instant.parse(body.getString("expiresAt")).isAfter(Instant.now().plusSeconds(800)),
          body::toString);
      // Liberty adds no-cache=set-cookie to answers that set a cookie (the session cookie)
      assertTrue(
          reply.header("Cache-Control").startsWith("no-store"),
          () -> "tokens must not be cached: " + reply.header("Cache-Control"));
      assertEquals("nosniff", reply.header("X-Content-Type-Options"));
      assertEquals(
          List.of("expiresAt", "expiresInSeconds", "role", "token", "tokenType", "username"),
          body.keySet().stream().sorted().toList(),
          "nothing but the token and who it is for");

      Api.Reply me = anonymous.withToken(body.getString("token")).get("/api/auth/me");
      assertEquals(200, me.status(), me::toString);
      assertEquals(role, me.json().getString("username"));
      assertEquals(role, me.json().getString("role"));
    }
  }

  @Test
  void aKeeperSignedInCompletesAFeedingButCannotDeleteIt() {
    Api admin = new Api();
    Fixtures fixtures = new Fixtures(admin);
    long enclosure = id(fixtures.enclosure(5));
    long species = id(fixtures.species());
    long animal = id(fixtures.animal(species, enclosure));
    long keeper = id(fixtures.keeper(List.of(enclosure)));
    String past =
        Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    long feeding = id(fixtures.feeding(animal, past));

    Api asKeeper = anonymous.login("keeper", "zoo-demo-keeper");
    Api.Reply asAnother =
        asKeeper.post("/api/feedings/" + feeding + "/complete", object("keeperId", keeper));
    assertProblem(asAnother, 403, "/problems/forbidden");
    Api.Reply done = asKeeper.post("/api/feedings/" + feeding + "/complete", object());
    assertEquals(200, done.status(), () -> "as the demo keeper's own keeper record: " + done);
    assertProblem(asKeeper.delete("/api/feedings/" + feeding), 403, "/problems/forbidden");
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() throws InterruptedException {
    Api.Reply wrong = login("viewer", "not-the-password-" + UUID.randomUUID());
    Api.Reply unknown = login("nobody-" + UUID.randomUUID(), "whatever-password");
    JsonObject a = assertProblem(wrong, 401, "/problems/login-failed");
    JsonObject b = assertProblem(unknown, 401, "/problems/login-failed");
    assertEquals(a.getString("detail"), b.getString("detail"), "no hint which one was wrong");
    signIn("viewer", "zoo-demo-viewer");
  }

  @Test
  void missingCredentialsAreValidationErrors() {
    Api.Reply reply = anonymous.post("/api/auth/login", object("username", "viewer"));
    JsonObject problem = assertProblem(reply, 400, "/problems/validation");
    assertTrue(problem.toString().contains("password"), problem::toString);
    assertProblem(
        anonymous.postRaw("/api/auth/login", "{\"username\":", "application/json"),
        400,
        "/problems/malformed-body");
  }

  @Test
  void repeatedFailuresLockTheAccountForAWhile() throws Exception {
    // it-bootstrap-admin: created by ZOO_AUTH_ADMIN_PASSWORD on the test server (lock-out 5 s).
    String user = "it-bootstrap-admin";
    signIn(user, "it-bootstrap-password");
    for (int i = 1; i <= 5; i++) {
      assertProblem(login(user, "wrong-" + i), 401, "/problems/login-failed");
    }
    Api.Reply locked = login(user, "it-bootstrap-password");
    JsonObject problem = assertProblem(locked, 429, "/problems/login-locked");
    assertTrue(problem.getString("detail").contains("locked"), problem::toString);
    int retryAfter = Integer.parseInt(locked.header("Retry-After"));
    assertTrue(retryAfter >= 3 && retryAfter <= 5, "Retry-After " + retryAfter);

    Thread.sleep(retryAfter * 1000L + 200);
    Api.Reply again = login(user, "it-bootstrap-password");
    assertEquals(200, again.status(), again::toString);
    assertEquals("admin", again.json().getString("role"), "the bootstrap user is an admin");
  }

  /** A user of the test's own, so that its failures and lock-out meet no other test's. */
  private String freshUser(String password) {
    String name = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply created =
        new Api()
            .post("/api/users", object("username", name, "role", "viewer", "password", password));
    assertEquals(201, created.status(), created::toString);
    return name;
  }

  @Test
  void manyWrongPasswordsAtOnceAreCheckedNoMoreThanTheLockOutAllows() throws Exception {
    String password = "Lockout-" + UUID.randomUUID();
    String user = freshUser(password);
    int attempts = 30;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(attempts);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        String wrong = "wrong-" + i;
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return login(user, wrong);
                }));
      }
      long started = System.nanoTime();
      start.countDown();
      java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
      for (java.util.concurrent.Future<Api.Reply> reply : replies) {
        statuses.merge(
            reply.get(60, java.util.concurrent.TimeUnit.SECONDS).status(), 1, Integer::sum);
      }
      java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);
      // 5 (the test server's zoo.auth.max-failures) checked and wrong, the rest refused unchecked;
      // on a busy machine the burst can outlast the lock-out (5 s, then 10 s, ...), and each lock
      // that ends lets exactly one more check through, which locks again for twice as long.
      int allowed = 5;
      java.time.Duration lock = java.time.Duration.ofSeconds(5);
      for (java.time.Duration end = lock; took.compareTo(end) > 0; end = end.plus(lock)) {
        allowed++;
        lock = lock.multipliedBy(2);
      }
      int checked = statuses.getOrDefault(401, 0);
      int most = allowed;
      assertEquals(attempts, checked + statuses.getOrDefault(429, 0), statuses::toString);
      assertTrue(
          checked >= 5 && checked <= most,
          () -> statuses + " in " + took.toMillis() + " ms: at most " + most + " checks");
    } finally {
      pool.shutdownNow();
    }
    signIn(user, password);
  }

  @Test
  void anUnknownNameIsLockedOutExactlyLikeAUser() throws Exception {
    String user = freshUser("Lockout-" + UUID.randomUUID());
    String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 1; i <= 6; i++) {
      Api.Reply known = login(user, "wrong-" + i);
      Api.Reply unknown = login(nobody, "wrong-" + i);
      assertEquals(known.status(), unknown.status(), "attempt " + i + ": " + unknown);
      JsonObject a = known.json();
      JsonObject b = unknown.json();
      assertEquals(a.getString("type"), b.getString("type"));
      // the seconds left may differ by the one that passed between the two answers
      assertEquals(
          a.getString("detail").replaceAll("\\d+", "N"),
          b.getString("detail").replaceAll("\\d+", "N"));
      if (i == 6) {
        assertEquals("/problems/login-locked", a.getString("type"));
        assertTrue(
            Math.abs(
                    Integer.parseInt(known.header("Retry-After"))
                        - Integer.parseInt(unknown.header("Retry-After")))
                <= 1,
            known.header("Retry-After") + " vs " + unknown.header("Retry-After"));
      } else {
        assertEquals("/problems/login-failed", a.getString("type"));
      }
    }
  }

  @Test
  void aValidTokenIsRenewedAndAnExpiredOneIsNot() throws Exception {
    Api.Reply first = signIn("viewer", "zoo-demo-viewer");
    String token = first.json().getString("token");
    Thread.sleep(1100); // iat has one-second resolution
    Api.Reply renewed = anonymous.withToken(token).post("/api/auth/renew", object());
    assertEquals(200, renewed.status(), renewed::toString);
    assertNotEquals(token, renewed.json().getString("token"));
    assertTrue(
        Instant.parse(renewed.json().getString("expiresAt"))
            .isAfter(Instant.parse(first.json().getString("expiresAt"))),
        renewed::toString);
    assertEquals("no-store", renewed.header("Cache-Control"));

    assertProblem(
        anonymous.withToken(Tokens.expired("viewer")).post("/api/auth/renew", object()),
        401,
        "/problems/unauthenticated");
    assertProblem(anonymous.post("/api/auth/renew", object()), 401, "/problems/unauthenticated");
  }

  @Test
  void meWithoutATokenIsUnauthenticated() {
    assertProblem(anonymous.get("/api/auth/me"), 401, "/problems/unauthenticated");
  }

  @Test
  void crossOriginRequestsGetNoCorsHeaders() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> preflight =
        client.send(
            HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/api/species"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
        "CORS is closed: " + preflight.headers().map());
    HttpResponse<String> simple =
        client.send(
            HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/api/info"))
                .header("Origin", "http://elsewhere.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(simple.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void passwordsAreNeverReturnedOrLogged() throws IOException, InterruptedException {
    String secret = "Leak-Canary-" + UUID.randomUUID();
    Api.Reply failed = login("viewer", secret);
    assertFalse(failed.text().contains(secret), "the answer repeats the password");
    Api.Reply tooLong = login("viewer", secret + "x".repeat(250));
    assertFalse(tooLong.text().contains(secret), "a validation error repeats the password");
    signIn("viewer", "zoo-demo-viewer");
    Api.Reply ok = signIn("keeper", "zoo-demo-keeper");
    assertFalse(ok.text().contains("zoo-demo-keeper"));
    assertFalse(ok.text().contains("PBKDF2"), "the hash leaked");

    Path logs =
        Path.of(System.getProperty("zoo.it.wlpDir", "target/liberty/wlp"), "usr/servers/zoo/logs");
    try (Stream<Path> files = Files.walk(logs)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String content = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(content.contains(secret), "the password is in " + file);
        assertFalse(content.contains("zoo-demo-keeper"), "a password is in " + file);
      }
    }
  }
}
