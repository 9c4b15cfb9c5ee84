package it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Http;
import it.support.ProblemAssert;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The test server (TLS off): the security headers on every response, also where no filter of the
 * application runs (Liberty's health, OpenAPI, metrics and JWT endpoints, its own error pages); the
 * web UI's Content-Security-Policy; a missing UI file that no cache keeps; requests the container
 * refuses that leave no stack trace in the log; and a failure below JAX-RS that answers and logs an
 * incident like the API's own. With TLS on (HSTS, no plain HTTP): HardenedServerIT.
 */
class ResponseHeadersIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Api api = new Api(); // waits for the server

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path :
        List.of(
            "/",
            "/animals/5",
            "/favicon.svg",
            "/assets/index-DOESNOTEXIST.js",
            "/api/info",
            "/api/species",
            "/api/nothing-here",
            "/health/live",
            "/health/ready",
            "/health/nothing-here",
            "/openapi",
            "/metrics",
            "/jwt/ibm/api/defaultJWT/jwk",
            "/a%5cb")) {
      HttpResponse<String> reply = get(path, null);
      String what = path + " -> " + reply.statusCode() + " " + reply.headers().map();
      assertEquals(
          "nosniff", reply.headers().firstValue("X-Content-Type-Options").orElse(null), what);
      assertEquals("DENY", reply.headers().firstValue("X-Frame-Options").orElse(null), what);
      assertEquals("no-referrer", reply.headers().firstValue("Referrer-Policy").orElse(null), what);
      assertFalse(reply.headers().firstValue("$WSEP").isPresent(), what);
      assertFalse(
          reply.headers().firstValue("Strict-Transport-Security").isPresent(),
          "no HSTS over plain HTTP: " + what);
      assertTrue(
          reply.headers().map().keySet().stream()
              .noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-")),
          "CORS closed: " + what);
    }
  }

  @Test
  void theWebUiHasAContentSecurityPolicyAndNoInlineScript() {
    HttpResponse<String> index = get("/", null);
    assertEquals(200, index.statusCode());
    String csp = index.headers().firstValue("Content-Security-Policy").orElse("");
    for (String directive :
        List.of(
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'")) {
      assertTrue(csp.contains(directive), () -> "CSP " + csp + " lacks " + directive);
    }
    assertFalse(csp.contains("unsafe-inline"), csp);
    // 'self' scripts only: every <script> of the page is a file, none is inline.
    Matcher script = Pattern.compile("<script\\b([^>]*)>").matcher(index.body());
    int scripts = 0;
    while (script.find()) {
      scripts++;
      assertTrue(script.group(1).contains("src="), () -> "inline script in " + index.body());
    }
    assertTrue(scripts > 0, index::body);
    Matcher asset = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index.body());
    assertTrue(asset.find(), index::body);
    HttpResponse<String> js = get(asset.group(1), null);
    assertEquals(200, js.statusCode());
    assertEquals(csp, js.headers().firstValue("Content-Security-Policy").orElse(null));
    assertEquals(
        "public, max-age=31536000, immutable",
        js.headers().firstValue("Cache-Control").orElse(null),
        "a hashed asset is kept for a year");
    // the page by its name too
    HttpResponse<String> byName = get("/index.html", null);
    assertEquals(200, byName.statusCode());
    assertEquals(csp, byName.headers().firstValue("Content-Security-Policy").orElse(null));
    assertEquals("no-cache", byName.headers().firstValue("Cache-Control").orElse(null));
  }

  @Test
  void aMissingUiFileIsANotFoundThatNoCacheKeeps() throws Exception {
    long before = logLines();
    for (String path : List.of("/assets/index-DOESNOTEXIST.js", "/no-such-file.css")) {
      HttpResponse<String> reply = get(path, null);
      ProblemAssert.assertProblem(
          new Api.Reply(reply.statusCode(), reply), 404, "/problems/not-found");
      String cache = reply.headers().firstValue("Cache-Control").orElse("");
      assertFalse(cache.contains("max-age") || cache.contains("immutable"), path + ": " + cache);
      assertEquals("no-store", cache, path);
    }
    Thread.sleep(500);
    assertEquals(List.of(), newLogLines(before), "a missing file is no event for the log");
  }

  @Test
  void aPathTheContainerRefusesIsA400WithoutAStackTrace() throws Exception {
    long before = logLines();
    for (String path : List.of("/a%5cb", "/api/a%5Cb", "/assets/%5c..%5cx.js")) {
      HttpResponse<String> reply = get(path, null);
      ProblemAssert.assertProblem(new Api.Reply(reply.statusCode(), reply), 400, null);
    }
    Thread.sleep(500);
    List<String> lines = newLogLines(before);
    assertTrue(
        lines.size() <= 3, () -> "at most one short line each:\n" + String.join("\n", lines));
    assertTrue(
        lines.stream().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception")),
        () -> "no stack trace:\n" + String.join("\n", lines));
  }

  @Test
  void escapesThatAreNotUtf8AreA400NamingTheParameterAndLogNothing() throws Exception {
    // warm the error page and the API first: their first use logs their initialisation
    get("/api/species/%C3%A9", null);
    long before = logLines();
    Api admin = new Api();
    HttpResponse<String> path = get("/api/species/%ff", null);
    ProblemAssert.assertProblem(
        new Api.Reply(path.statusCode(), path), 400, "/problems/validation");
    // a query parameter was silently read as U+FFFD
    Api.Reply query = admin.get("/api/species?page=0&q=%ff");
    JsonObject problem = ProblemAssert.assertProblem(query, 400, "/problems/validation");
    assertEquals(
        "q", problem.getJsonArray("errors").getJsonObject(0).getString("field"), problem::toString);
    assertEquals(200, admin.get("/api/species?q=%C3%A9").status(), "UTF-8 escapes are fine");
    Thread.sleep(500);
    assertEquals(List.of(), newLogLines(before), "refused input is no event for the log");
  }

  /**
   * A bearer token whose (unverified) expiry lies beyond what java.time can hold: the 401 shaping
   * of SecurityHeadersFilter reads it to word its message, and once answered 500 for it.
   */
  @Test
  void aTokenWithAnExpiryBeyondTimeIsA401() {
    String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
    String claims = b64("{\"iss\":\"zoo\",\"sub\":\"x\",\"exp\":100000000000000000}");
    HttpResponse<String> reply = get("/api/species", header + "." + claims + ".c2ln");
    JsonObject problem =
        ProblemAssert.assertProblem(
            new Api.Reply(reply.statusCode(), reply), 401, "/problems/unauthenticated");
    assertTrue(problem.getString("detail").contains("not accepted"), problem::toString);
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.BASE_URL + path))
            .timeout(Duration.ofSeconds(10))
            // As a browser on another site would: no CORS grant may come back.
            .header("Origin", "https://elsewhere.example");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return Http.send(CLIENT, request.build());
  }

  private static Path messagesLog() {
    return Path.of(
        System.getProperty("zoo.it.wlpDir", "target/liberty/wlp"),
        "usr/servers/zoo/logs/messages.log");
  }

  private static long logLines() {
    try (var lines = Files.lines(messagesLog(), StandardCharsets.ISO_8859_1)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> newLogLines(long before) {
    try (var lines = Files.lines(messagesLog(), StandardCharsets.ISO_8859_1)) {
      return lines.skip(before).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
