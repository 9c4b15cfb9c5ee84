package it.platform;

import static it.support.Api.object;
import static it.support.ProblemAssert.assertInvalid;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import it.support.SecondServer;
import it.support.TcpProxy;
import it.support.Tokens;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The configuration table (docs/configuration.md), row by row: a server started with the settings
 * changed, and each change observed from outside. (Rows covered elsewhere: HTTPS_PORT, TLS,
 * TLS_KEYSTORE_*, ZOO_PROFILE, ZOO_AUTH_SIGNING_KEY_FILE, ZOO_AUTH_ADMIN_PASSWORD in
 * ProductionStartIT; HTTP_PORT in PortInUseIT; the SQL Server rows in SqlServerSettingsIT; see
 * docs/verification.md for the table.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsIT {

  static final String ISSUER = "settings-issuer";
  static final String AUDIENCE = "settings-audience";
  static final String ADMIN = "settings-admin";
  static final String ADMIN_PASSWORD = "settings-first-password";

  private Server h2;
  private TcpProxy proxy;
  private SecondServer server;
  private Api api;
  private int httpPort;
  private String jdbcUrl;
  private ZoneId zooZone;
  private String message;

  /** A zone whose date differs from UTC's right now (Kiritimati is +14, Pago Pago -11). */
  static ZoneId zoneWithAnotherDate() {
    LocalDate utc = LocalDate.now(ZoneOffset.UTC);
    ZoneId ahead = ZoneId.of("Pacific/Kiritimati");
    return LocalDate.now(ahead).equals(utc) ? ZoneId.of("Pacific/Pago_Pago") : ahead;
  }

  @BeforeAll
  void start() throws Exception {
    int dbPort = SecondServer.freePort();
    h2 = Server.createTcpServer("-tcpPort", Integer.toString(dbPort), "-ifNotExists").start();
    proxy = new TcpProxy(dbPort);
    String options =
        "/mem:settings;DB_CLOSE_DELAY=-1;MODE=MSSQLServer;"
            + "DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    jdbcUrl = "jdbc:h2:tcp://127.0.0.1:" + dbPort + options;
    httpPort = SecondServer.freePort();
    zooZone = zoneWithAnotherDate();
    message = "Settings " + Instant.now();
    Path dir = Files.createTempDirectory("zoo-settings");
    Path adminPassword = Files.writeString(dir.resolve("admin-password"), ADMIN_PASSWORD + "\n");
    Map<String, String> env = new HashMap<>();
    env.put("HTTP_PORT", Integer.toString(httpPort));
    env.put("HTTP_HOST", "127.0.0.1");
    env.put("H2_URL", "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + options);
    env.put("DB_POOL_MAX", "2");
    env.put("ZOO_DEMO_DATA", "false");
    env.put("ZOO_MESSAGE", message);
    env.put("ZOO_TIME_ZONE", zooZone.getId());
    env.put("ZOO_HEALTH_DB_TIMEOUT_MS", "700");
    env.put("APP_UPDATE_TRIGGER", "disabled");
    env.put("MP_JWT_VERIFY_CLOCK_SKEW", "0");
    env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
    env.put("MP_JWT_VERIFY_AUDIENCES", AUDIENCE + ",another-audience");
    env.put(
        "ZOO_AUTH_SIGNING_KEY", Files.readString(Path.of(System.getProperty("zoo.it.signingKey"))));
    env.put("ZOO_AUTH_TOKEN_MINUTES", "3");
    env.put("ZOO_AUTH_SESSION_HOURS", "2");
    env.put("ZOO_AUTH_MAX_FAILURES", "2");
    env.put("ZOO_AUTH_LOCKOUT_SECONDS", "7");
    env.put("ZOO_AUTH_LOGIN_RATE", "12");
    env.put("ZOO_HTTP_MAX_BODY_BYTES", "2000");
    env.put("ZOO_AUTH_ADMIN_USERNAME", ADMIN);
    env.put("ZOO_AUTH_ADMIN_PASSWORD_FILE", adminPassword.toString());
    // Without the test server's own auth settings and limits (they would beat the environment).
    server =
        new SecondServer(
            "zoo-settings",
            env,
            Set.of("configDropins/overrides/it-auth.xml", "configDropins/overrides/it-limits.xml"));
    api =
        new Api("http://127.0.0.1:" + httpPort)
            .withToken(token(Instant.now().plus(Duration.ofHours(1))));
    server.await(
        "the server to be ready",
        Duration.ofSeconds(120),
        () -> api.get("/health/ready").status() == 200);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (h2 != null) {
      h2.stop();
    }
  }

  private static String token(Instant expires) {
    return Tokens.custom("admin", ISSUER, AUDIENCE, expires);
  }

  @Test
  void theLoginRateAndTheBodyLimitAreTheConfiguredOnes() {
    Api client = api.anonymous().from("192.0.2.44");
    // one name: locked after 2 failures, its fast 429s count as attempts too
    long started = System.nanoTime();
    int admitted = 0;
    Api.Reply reply;
    while ((reply =
                    client.post(
                        "/api/auth/login", object("username", "rate", "password", "not-this-one")))
                .status()
            != 429
        || !reply.text().contains("login-rate-limited")) {
      admitted++;
      assertTrue(admitted <= 40, "no rate limit after 40 attempts: " + reply);
    }
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    // 12 a minute: a bucket of 12, one attempt back every 5 s
    assertTrue(
        admitted >= 12 && admitted <= 12 + seconds / 5 + 1,
        admitted + " attempts admitted in " + seconds + " s");
    assertTrue(reply.text().contains("at most 12 a minute"), reply::toString);

    String pad = "x".repeat(2000);
    Api.Reply tooLarge =
        api.postRaw("/api/species", "{\"commonName\":\"" + pad + "\"}", "application/json");
    assertEquals(413, tooLarge.status(), tooLarge::toString);
    assertTrue(tooLarge.text().contains("at most 2000 bytes"), tooLarge::toString);
  }

  @Test
  void clockSkewZeroRefusesATokenTenSecondsPastExpiry() {
    assertEquals(200, api.get("/api/species").status(), "a valid token");
    Api.Reply expired = api.withToken(token(Instant.now().minusSeconds(10))).get("/api/species");
    assertProblem(expired, 401, "/problems/unauthenticated");
  }

  /** The default, on the build's server: 30 s means 30 s (Liberty's own default was 5 min). */
  @Test
  void theDefaultClockSkewIsThirtySeconds() {
    Api build = new Api();
    assertEquals(
        200,
        build
            .withToken(Tokens.expiredAgo("viewer", Duration.ofSeconds(15)))
            .get("/api/species")
            .status(),
        "15 s past expiry: within the skew");
    for (int seconds : new int[] {45, 120, 240, 290}) {
      assertProblem(
          build
              .withToken(Tokens.expiredAgo("viewer", Duration.ofSeconds(seconds)))
              .get("/api/species"),
          401,
          "/problems/unauthenticated");
    }
  }

  @Test
  void issuerAndAudiencesAreTheConfiguredOnes() {
    Instant later = Instant.now().plus(Duration.ofHours(1));
    assertEquals(
        200,
        api.withToken(Tokens.custom("admin", ISSUER, "another-audience", later))
            .get("/api/species")
            .status(),
        "the second audience of the list");
    assertProblem(
        api.withToken(Tokens.custom("admin", "zoo", AUDIENCE, later)).get("/api/species"),
        401,
        null);
    assertProblem(
        api.withToken(Tokens.custom("admin", ISSUER, "zoo", later)).get("/api/species"), 401, null);
  }

  @Test
  void theBuiltInLoginUsesTheAdminFromTheSettingsAndTheTokenAndSessionLifetimes() {
    Api.Reply login =
        api.anonymous()
            .post("/api/auth/login", object("username", ADMIN, "password", ADMIN_PASSWORD));
    assertEquals(200, login.status(), login::toString);
    assertEquals(180, login.json().getInt("expiresInSeconds"), "ZOO_AUTH_TOKEN_MINUTES=3");
    assertTrue(
        login.header("Set-Cookie").contains("; Max-Age=7200;"),
        () -> "ZOO_AUTH_SESSION_HOURS=2: " + login.header("Set-Cookie"));
    String claims =
        new String(
            java.util.Base64.getUrlDecoder()
                .decode(login.json().getString("token").split("\\.")[1]),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(claims.contains("\"iss\":\"" + ISSUER + "\""), claims);
    assertEquals(
        200,
        api.withToken(login.json().getString("token")).get("/api/auth/me").status(),
        "its own token verifies with the key from ZOO_AUTH_SIGNING_KEY");
  }

  @Test
  void lockOutAfterTheConfiguredFailuresForTheConfiguredTime() {
    JsonObject user = new Fixtures(api).user("viewer");
    String username = user.getString("username");
    Api anonymous = api.anonymous();
    for (int i = 0; i < 2; i++) {
      assertEquals(
          401,
          anonymous
              .post("/api/auth/login", object("username", username, "password", "wrong-pass-1"))
              .status());
    }
    Api.Reply locked =
        anonymous.post(
            "/api/auth/login", object("username", username, "password", "initial-password-1"));
    assertProblem(locked, 429, "/problems/login-locked");
    int retryAfter = Integer.parseInt(locked.header("Retry-After"));
    assertTrue(retryAfter > 4 && retryAfter <= 7, () -> "ZOO_AUTH_LOCKOUT_SECONDS=7: " + locked);
  }

  @Test
  void demoDataIsOff() {
    JsonObject info = api.get("/api/info").json();
    assertFalse(info.getJsonObject("database").getBoolean("demoData"), info::toString);
    assertEquals(0, api.get("/api/species").json().getInt("totalItems"));
  }

  @Test
  void theMessageIsTheConfiguredOne() {
    assertEquals(message, api.get("/api/message").text());
  }

  @Test
  void todayIsADayOfTheZoosTimeZone() {
    JsonObject info = api.get("/api/info").json();
    assertEquals(zooZone.getId(), info.getString("timeZone"));
    LocalDate today = LocalDate.now(zooZone);
    assertEquals(today.toString(), info.getString("today"));
    assertNotEquals(LocalDate.now(ZoneOffset.UTC), today, "a zone where the date differs");
    Api.Reply hiredToday = api.post("/api/keepers", keeper(today));
    assertEquals(201, hiredToday.status(), () -> "today in " + zooZone + ": " + hiredToday);
    Api.Reply hiredTomorrow = api.post("/api/keepers", keeper(today.plusDays(1)));
    assertInvalid(hiredTomorrow, "hiredOn", "must not be in the future");
  }

  private static JsonObject keeper(LocalDate hiredOn) {
    return Api.with(
        Fixtures.keeperBody(Fixtures.unique("Settings"), List.of()), "hiredOn", hiredOn.toString());
  }

  @Test
  void theServerListensOnTheConfiguredInterfaceOnly() throws IOException {
    int port = httpPort;
    List<InetAddress> others = new ArrayList<>();
    for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
      nic.inetAddresses()
          .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address)
          .forEach(others::add);
    }
    assertTrue(
        server.log().contains("IPv4: 127.0.0.1) port " + port),
        "HTTP_HOST in the listening message");
    for (InetAddress other : others) {
      try (Socket socket = new Socket(other, port)) {
        throw new AssertionError("answers on " + other + " although HTTP_HOST=127.0.0.1");
      } catch (java.net.ConnectException expected) {
        // refused: not listening there
      }
    }
  }

  @Test
  void thePoolHoldsAtMostTheConfiguredConnections() throws Exception {
    AtomicInteger most = new AtomicInteger();
    List<Thread> clients = new ArrayList<>();
    long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    for (int i = 0; i < 8; i++) {
      Thread client =
          new Thread(
              () -> {
                while (System.nanoTime() < until) {
                  api.get("/api/keepers?size=100");
                }
              });
      client.start();
      clients.add(client);
    }
    try (Connection db = DriverManager.getConnection(jdbcUrl, "sa", "")) {
      while (System.nanoTime() < until) {
        try (ResultSet sessions =
            db.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()")) {
          sessions.next();
          most.accumulateAndGet(sessions.getInt(1), Math::max);
        }
        Thread.sleep(20);
      }
    }
    for (Thread client : clients) {
      client.join();
    }
    assertTrue(most.get() >= 1 && most.get() <= 2, () -> "DB_POOL_MAX=2: " + most + " sessions");
  }

  @Test
  void readinessWaitsTheConfiguredTimeForAHungDatabase() {
    proxy.freeze(true);
    try {
      long started = System.nanoTime();
      Api.Reply ready = api.get("/health/ready");
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertEquals(503, ready.status(), ready::toString);
      assertTrue(ready.text().contains("700 ms"), ready::toString);
      assertTrue(millis >= 600 && millis < 5_000, () -> "answered after " + millis + " ms");
    } finally {
      proxy.freeze(false);
    }
  }

  @Test
  void aDisabledUpdateTriggerIgnoresAChangedApplication() throws Exception {
    String startedAt = api.get("/api/info").json().getString("startedAt");
    Path war = server.directory().resolve("apps/zoo.war");
    Files.setLastModifiedTime(war, FileTime.from(Instant.now()));
    Thread.sleep(3_000);
    assertEquals(
        startedAt,
        api.get("/api/info").json().getString("startedAt"),
        "APP_UPDATE_TRIGGER=disabled: not restarted");
  }
}
