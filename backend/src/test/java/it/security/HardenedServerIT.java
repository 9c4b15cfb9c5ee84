package it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Http;
import it.support.SecondServer;
import it.support.Tokens;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production image's settings (ZOO_PROFILE=prod, TLS=on, METRICS_AUTH=on) on a second server,
 * as a penetration test sees it: no plain HTTP, HSTS and the security headers on every HTTPS
 * response, TLS 1.3 and forward-secret AEAD suites only, no single sign-on cookie from Liberty's
 * JWT endpoints, no token text in any log or FFDC file, and /api/info that tells strangers less.
 */
class HardenedServerIT {

  private static final Set<String> NO_TEST_KEY =
      Set.of("configDropins/overrides/it-auth.xml", "configDropins/overrides/it-signing-key.pem");

  private static SecondServer server;
  private static HttpClient https;
  private static SSLContext trusting;
  private static int httpPort;
  private static int httpsPort;
  private static String metricsPassword;
  private static String adminPassword;

  @BeforeAll
  static void start() throws Exception {
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
    httpPort = SecondServer.freePort();
    httpsPort = SecondServer.freePort();
    metricsPassword = "scrape-" + password;
    adminPassword = "first-operator-" + password;
    Map<String, String> env =
        Map.ofEntries(
            Map.entry("HTTP_PORT", Integer.toString(httpPort)),
            Map.entry("HTTPS_PORT", Integer.toString(httpsPort)),
            Map.entry("ZOO_PROFILE", "prod"),
            Map.entry("ZOO_AUTH_SIGNING_KEY_FILE", System.getProperty("zoo.it.signingKey")),
            Map.entry("TLS", "on"),
            Map.entry("TLS_KEYSTORE_FILE", keystore.toString()),
            Map.entry("TLS_KEYSTORE_PASSWORD", password),
            Map.entry("ZOO_AUTH_ADMIN_PASSWORD", adminPassword),
            Map.entry("METRICS_AUTH", "on"),
            Map.entry("METRICS_USER", "scraper"),
            Map.entry("METRICS_PASSWORD", metricsPassword));
    trusting = trusting(keystore, password);
    https = HttpClient.newBuilder().sslContext(trusting).build();
    server = new SecondServer("zoo-hardened", env, NO_TEST_KEY);
    server.await(
        "readiness over HTTPS",
        Duration.ofSeconds(120),
        () -> {
          try {
            return get("/api/health/ready", Map.of()).statusCode() == 200;
          } catch (RuntimeException notYet) {
            return false;
          }
        });
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void plainHttpIsClosed() {
    assertThrows(
        ConnectException.class,
        () -> {
          try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", httpPort), 3000);
          }
        },
        "with TLS=on nothing may answer plain HTTP on HTTP_PORT " + httpPort);
  }

  @Test
  void everyHttpsResponseCarriesHstsAndTheSecurityHeaders() {
    for (String path :
        List.of(
            "/",
            "/assets/index-DOESNOTEXIST.js",
            "/api/info",
            "/api/species",
            "/health/live",
            "/health/nothing-here",
            "/openapi",
            "/metrics",
            "/jwt/ibm/api/defaultJWT/jwk",
            "/a%5cb")) {
      HttpResponse<String> reply = get(path, Map.of());
      String what = path + " -> " + reply.statusCode() + " " + reply.headers().map();
      assertEquals(
          "max-age=31536000",
          reply.headers().firstValue("Strict-Transport-Security").orElse(null),
          what);
      assertEquals(
          "nosniff", reply.headers().firstValue("X-Content-Type-Options").orElse(null), what);
      assertEquals("DENY", reply.headers().firstValue("X-Frame-Options").orElse(null), what);
      assertEquals("no-referrer", reply.headers().firstValue("Referrer-Policy").orElse(null), what);
      assertFalse(reply.headers().firstValue("$WSEP").isPresent(), what);
    }
  }

  @Test
  void tlsOffersOnlyForwardSecretAeadSuites() throws Exception {
    // Refused: CBC (with and without forward secrecy), and static RSA key exchange where this JVM
    // still offers it (JDK 17's client refuses TLS_RSA_* itself: jdk.tls.disabledAlgorithms).
    for (String suite :
        List.of(
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
            "TLS_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_RSA_WITH_AES_128_CBC_SHA256")) {
      assertThrows(
          SSLException.class, () -> handshake("TLSv1.2", suite), suite + " must be refused");
    }
    assertEquals(
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        handshake("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
    assertEquals(
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
        handshake("TLSv1.2", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"));
    assertEquals("TLS_AES_128_GCM_SHA256", handshake("TLSv1.3", "TLS_AES_128_GCM_SHA256"));
  }

  /** Liberty's JWT builder endpoints (mpJwt's jwt-1.0) set no single sign-on cookie. */
  @Test
  void tlsNegotiatesHttp11Only() throws Exception {
    // The JDK's client offers h2 first (ALPN); the server's endpoint speaks HTTP/1.1 only.
    HttpResponse<String> reply = get("/api/health/ready", Map.of());
    assertEquals(200, reply.statusCode(), reply.body());
    assertEquals(HttpClient.Version.HTTP_1_1, reply.version());
    try (SSLSocket socket =
        (SSLSocket) trusting.getSocketFactory().createSocket("localhost", httpsPort)) {
      socket.setSoTimeout(5000);
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setApplicationProtocols(new String[] {"h2", "http/1.1"});
      socket.setSSLParameters(parameters);
      socket.startHandshake();
      assertNotEquals("h2", socket.getApplicationProtocol());
    }
  }

  @Test
  void theJwtEndpointsSetNoSingleSignOnCookie() {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("scraper:" + metricsPassword).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> reply =
        get("/jwt/ibm/api/defaultJWT/token", Map.of("Authorization", basic));
    assertTrue(
        reply.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("LtpaToken2")),
        () -> "no LtpaToken2: " + reply.headers().map());
    HttpResponse<String> metrics = get("/metrics", Map.of("Authorization", basic));
    assertEquals(200, metrics.statusCode(), "the metrics reader still reads");
    // mpMetrics sets its own (Liberty's) session cookies after a basic login: never without Secure.
    assertTrue(
        metrics.headers().allValues("Set-Cookie").stream().allMatch(c -> c.contains("; Secure")),
        () -> "cookies from /metrics: " + metrics.headers().map());
  }

  @Test
  void refusedTokensAreNeitherLoggedNorInFfdc() throws Exception {
    List<String> tokens =
        List.of(
            Tokens.badSignature("admin"),
            Tokens.otherKey("admin"),
            Tokens.expired("admin"),
            Tokens.wrongIssuer("admin"),
            "not.a.token" + UUID.randomUUID().toString().replace("-", ""),
            "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
    for (String token : tokens) {
      HttpResponse<String> reply = get("/api/species", Map.of("Authorization", "Bearer " + token));
      assertEquals(401, reply.statusCode(), reply::body);
    }
    Thread.sleep(1000);
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(server.directory().resolve("logs"))) {
      // Not trace.log: Liberty writes the messages it hides from messages.log and the console
      // (server.xml's hideMessage: CWWKS5523E quotes the token) to trace.log, whatever the
      // settings (docs/security.md, "Logs").
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("trace"))
              .toList()) {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        for (String token : tokens) {
          // The claims or the signature: the parts that are this token's own (not the header,
          // which every RS256 token shares).
          String[] parts = token.split("\\.");
          for (String part : List.of(parts).subList(Math.min(1, parts.length - 1), parts.length)) {
            if (part.length() >= 12 && text.contains(part)) {
              found.add(file.getFileName() + ": " + part);
            }
          }
        }
      }
    }
    assertEquals(List.of(), found, "token text in the server's logs");
    assertFalse(
        Files.exists(server.directory().resolve("logs/ffdc")),
        "no FFDC reports (bootstrap.properties)");
  }

  @Test
  void infoTellsStrangersLessThanAnAdministrator() {
    JsonObject anonymous = json(get("/api/info", Map.of()).body());
    for (String kept :
        List.of(
            "version", "revision", "buildTime", "startedAt", "instanceId", "profile", "timeZone")) {
      assertFalse(anonymous.isNull(kept), () -> kept + " in " + anonymous);
    }
    for (String hidden : List.of("javaVersion", "jvmTimeZone")) {
      assertTrue(!anonymous.containsKey(hidden) || anonymous.isNull(hidden), anonymous::toString);
    }
    JsonObject db = anonymous.getJsonObject("database");
    assertEquals("READY", db.getString("status"));
    assertTrue(
        (!db.containsKey("product") || db.isNull("product"))
            && (!db.containsKey("version") || db.isNull("version")),
        db::toString);
    assertFalse(
        anonymous.toString().contains(Path.of("").toAbsolutePath().getParent().toString()),
        () -> "no path of the checkout: " + anonymous);

    HttpResponse<String> login =
        post("/api/auth/login", "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}");
    assertEquals(200, login.statusCode(), login::body);
    String token = json(login.body()).getString("token");
    JsonObject admin = json(get("/api/info", Map.of("Authorization", "Bearer " + token)).body());
    assertTrue(
        admin.getString("javaVersion").startsWith(Integer.toString(Runtime.version().feature())),
        admin::toString);
    assertEquals("H2", admin.getJsonObject("database").getString("product"));
  }

  // --- helpers

  private static String handshake(String protocol, String suite) throws IOException {
    try (SSLSocket socket =
        (SSLSocket) trusting.getSocketFactory().createSocket("localhost", httpsPort)) {
      socket.setSoTimeout(5000);
      socket.setEnabledProtocols(new String[] {protocol});
      socket.setEnabledCipherSuites(new String[] {suite});
      socket.startHandshake();
      return socket.getSession().getCipherSuite();
    }
  }

  private static HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + path))
            .timeout(Duration.ofSeconds(10));
    headers.forEach(request::header);
    return Http.send(https, request.build());
  }

  private static HttpResponse<String> post(String path, String json) {
    return Http.send(
        https,
        HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static JsonObject json(String body) {
    try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static SSLContext trusting(Path keystore, String password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, password.toCharArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
