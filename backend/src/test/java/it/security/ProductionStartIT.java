package it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Http;
import it.support.SecondServer;
import it.support.Tokens;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The production profile, each on a second server: without a signing key the application refuses to
 * start and readiness never reports UP; with a key from the environment and TLS on, the API answers
 * over HTTPS on its own certificate, and /metrics only to the metrics reader.
 */
class ProductionStartIT {

  /** The test server's key configuration, left out so that no key is configured at all. */
  private static final Set<String> NO_TEST_KEY =
      Set.of("configDropins/overrides/it-auth.xml", "configDropins/overrides/it-signing-key.pem");

  @Test
  void productionWithoutAKeyRefusesToStart() throws Exception {
    int httpPort = SecondServer.freePort();
    Map<String, String> env =
        Map.of("HTTP_PORT", Integer.toString(httpPort), "ZOO_PROFILE", "prod");
    Api api = new Api("http://127.0.0.1:" + httpPort);
    try (SecondServer server = new SecondServer("zoo-nokey", env, NO_TEST_KEY)) {
      server.await(
          "the refusal in the log",
          Duration.ofSeconds(90),
          () -> server.log().contains("ZOO_PROFILE=prod needs the token signing key"));
      String log = server.log();
      assertTrue(log.contains("ZOO_AUTH_SIGNING_KEY_FILE"), "names the variable:\n" + log);
      assertTrue(log.contains("CWWKZ0002E"), "the application did not start:\n" + log);
      for (int i = 0; i < 5; i++) {
        Api.Reply ready = api.get("/health/ready");
        assertEquals(503, ready.status(), () -> "readiness must never be UP: " + ready);
        Thread.sleep(500);
      }
      assertTrue(api.get("/api/species").status() >= 400, "no API without the application");
    }
  }

  @Test
  void productionWithAKeyFromTheEnvironmentServesHttps() throws Exception {
    Path dir = Files.createTempDirectory("zoo-tls");
    Path keystore = dir.resolve("tls.p12");
    String password = UUID.randomUUID().toString();
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "zoo",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                password,
                "-keypass",
                password)
            .inheritIO()
            .start();
    assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, "keytool");

    int httpPort = SecondServer.freePort();
    int httpsPort = SecondServer.freePort();
    String metricsPassword = "scrape-" + password;
    Map<String, String> env =
        Map.ofEntries(
            Map.entry("HTTP_PORT", Integer.toString(httpPort)),
            Map.entry("HTTPS_PORT", Integer.toString(httpsPort)),
            Map.entry("ZOO_PROFILE", "prod"),
            Map.entry("ZOO_AUTH_SIGNING_KEY_FILE", System.getProperty("zoo.it.signingKey")),
            Map.entry("TLS", "on"),
            Map.entry("TLS_KEYSTORE_FILE", keystore.toString()),
            Map.entry("TLS_KEYSTORE_PASSWORD", password),
            Map.entry("ZOO_AUTH_ADMIN_PASSWORD", "first-chief-" + password),
            // What the production image sets (backend/Dockerfile), and the reader from a secret.
            Map.entry("METRICS_AUTH", "on"),
            Map.entry("METRICS_USER", "scraper"),
            Map.entry("METRICS_PASSWORD", metricsPassword));
    HttpClient https = HttpClient.newBuilder().sslContext(trusting(keystore, password)).build();
    try (SecondServer server = new SecondServer("zoo-prod", env, NO_TEST_KEY)) {
      server.await(
          "readiness over HTTPS",
          Duration.ofSeconds(120),
          () ->
              get(https, "https://localhost:" + httpsPort + "/health/ready", null).statusCode()
                  == 200);
      // The incident tripwire: a production-profile server run from inside a checkout, with the
      // application monitor on (server.xml's default; the image disables it), says so once.
      jakarta.json.JsonObject info =
          json(get(https, "https://localhost:" + httpsPort + "/api/info", null).body());
      // Anyone sees that it is; which signs (paths, settings) only an administrator
      // (HardenedServerIT) and the log.
      String uses = String.valueOf(info.get("developmentUse"));
      assertTrue(
          uses.contains("development use") && !uses.contains(".git"),
          () -> "developmentUse: " + info);
      // polled, or mbean where the file change agent has been built (backend/pom.xml).
      assertTrue(
          server.log().contains("APP_UPDATE_TRIGGER=" + info.getString("updateTrigger"))
              && !info.getString("updateTrigger").equals("disabled"),
          () -> "the log:\n" + server.log());
      assertTrue(
          server.log().contains("a git checkout is visible at"), () -> "the log:\n" + server.log());
      assertTrue(!info.containsKey("dev") || info.isNull("dev"), () -> "no dev block: " + info);
      assertEquals(
          1,
          server.log().lines().filter(l -> l.contains("is being used for development")).count(),
          () -> "one warning at start:\n" + server.log());
      HttpResponse<String> species =
          get(https, "https://localhost:" + httpsPort + "/api/species", Tokens.valid("viewer"));
      assertEquals(200, species.statusCode(), species::body);
      HttpResponse<String> anonymous =
          get(https, "https://localhost:" + httpsPort + "/api/species", null);
      assertEquals(401, anonymous.statusCode(), anonymous::body);
      HttpResponse<String> demo =
          post(
              https,
              "https://localhost:" + httpsPort + "/api/auth/login",
              "{\"username\":\"admin\",\"password\":\"zoo-demo-admin\"}");
      assertEquals(401, demo.statusCode(), () -> "no demo users in production: " + demo.body());

      // /metrics: the metrics reader only, over HTTPS; nobody else, with or without a bearer token.
      String metrics = "https://localhost:" + httpsPort + "/metrics";
      assertEquals(401, get(https, metrics, null).statusCode(), "anonymous scrape");
      assertEquals(
          401,
          basic(https, metrics, "scraper", "wrong-" + password).statusCode(),
          "wrong password");
      assertEquals(401, get(https, metrics, Tokens.valid("admin")).statusCode(), "a bearer token");
      HttpResponse<String> scraped = basic(https, metrics, "scraper", metricsPassword);
      assertEquals(200, scraped.statusCode(), scraped::body);
      assertTrue(scraped.body().contains("zoo_feedings_due{"), scraped::body);
      // Over plain HTTP nothing: TLS=on closes HTTP_PORT (HardenedServerIT).
      assertEquals(
          401,
          basic(
                  https,
                  "https://localhost:" + httpsPort + "/api/species",
                  "scraper",
                  metricsPassword)
              .statusCode(),
          "the metrics reader is no user of the API");

      // The first administrator, from ZOO_AUTH_ADMIN_PASSWORD, is the only one: it stays admin.
      String base = "https://localhost:" + httpsPort;
      HttpResponse<String> login =
          post(
              https,
              base + "/api/auth/login",
              "{\"username\":\"admin\",\"password\":\"first-chief-" + password + "\"}");
      assertEquals(200, login.statusCode(), login::body);
      String token = json(login.body()).getString("token");
      jakarta.json.JsonObject me =
          json(get(https, base + "/api/users?q=admin", token).body())
              .getJsonArray("items")
              .getJsonObject(0);
      HttpResponse<String> demote =
          send(
              https,
              HttpRequest.newBuilder(URI.create(base + "/api/users/" + me.getInt("id")))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"username\":\"admin\",\"role\":\"viewer\",\"version\":"
                              + me.getInt("version")
                              + "}")));
      assertEquals(409, demote.statusCode(), demote::body);
      assertTrue(demote.body().contains("last administrator"), demote::body);
      HttpResponse<String> deleteSelf =
          send(
              https,
              HttpRequest.newBuilder(URI.create(base + "/api/users/" + me.getInt("id")))
                  .header("Authorization", "Bearer " + token)
                  .DELETE());
      assertEquals(409, deleteSelf.statusCode(), deleteSelf::body);
      assertTrue(
          List.of(server.log().split("\n")).stream().noneMatch(l -> l.contains(password)),
          "the keystore password must not be logged");
    }
  }

  private static HttpResponse<String> get(HttpClient client, String url, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(client, request);
  }

  private static HttpResponse<String> basic(
      HttpClient client, String url, String user, String password) {
    String credentials =
        java.util.Base64.getEncoder()
            .encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return send(
        client,
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + credentials));
  }

  private static jakarta.json.JsonObject json(String body) {
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(body))) {
      return reader.readObject();
    }
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    return Http.send(client, request.timeout(Duration.ofSeconds(10)).build());
  }

  private static HttpResponse<String> post(HttpClient client, String url, String json) {
    return send(
        client,
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static SSLContext trusting(Path keystore, String password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, password.toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
