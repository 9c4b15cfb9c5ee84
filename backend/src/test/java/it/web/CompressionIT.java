package it.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Http;
import it.support.Tokens;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * What the server compresses, and how: the web UI's hashed assets as the build compressed them
 * (Brotli or gzip, as the browser accepts), JSON answers gzipped by the HTTP endpoint, nothing for
 * a client that does not ask; the content types, Vary, and the cache rules that go with them (also
 * for a client that asks for HTTP/2, which the server answers in HTTP/1.1: HttpVersionIT).
 */
class CompressionIT {

  private static final Path DIST = Path.of(System.getProperty("zoo.it.uiDist", "../frontend/dist"));
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private final Api api = new Api(); // waits for the server

  private static HttpResponse<byte[]> get(
      HttpClient.Version version, String path, String... headers) {
    HttpClient client =
        HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.BASE_URL + path)).timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return Http.send(client, request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String header(HttpResponse<?> reply, String name) {
    return reply.headers().firstValue(name).orElse(null);
  }

  private static String what(HttpResponse<?> reply) {
    return reply.uri()
        + " "
        + reply.version()
        + " -> "
        + reply.statusCode()
        + " "
        + reply.headers().map();
  }

  private static byte[] gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError("not gzip", e);
    }
  }

  /** The script and the style sheet that index.html names. */
  private static List<String> assets() {
    String index = new String(get(HttpClient.Version.HTTP_1_1, "/").body(), StandardCharsets.UTF_8);
    Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
    Matcher style = Pattern.compile("href=\"(/assets/[^\"]+\\.css)\"").matcher(index);
    assertTrue(script.find() && style.find(), index);
    return List.of(script.group(1), style.group(1));
  }

  @Test
  void theBundleIsSentAsTheBuildCompressedItWhenTheBrowserAsks() throws IOException {
    for (HttpClient.Version version : HttpClient.Version.values()) {
      for (String asset : assets()) {
        String type = asset.endsWith(".js") ? "text/javascript" : "text/css";
        byte[] plain = Files.readAllBytes(DIST.resolve(asset.substring(1)));

        HttpResponse<byte[]> br = get(version, asset, "Accept-Encoding", "gzip, deflate, br, zstd");
        assertEquals(200, br.statusCode(), what(br));
        assertEquals("br", header(br, "Content-Encoding"), what(br));
        assertTrue(header(br, "Content-Type").startsWith(type), what(br));
        assertEquals("Accept-Encoding", header(br, "Vary"), what(br));
        assertEquals(1, br.headers().allValues("Vary").size(), what(br));
        assertEquals(IMMUTABLE, header(br, "Cache-Control"), what(br));
        assertArrayEquals(
            Files.readAllBytes(DIST.resolve(asset.substring(1) + ".br")), br.body(), what(br));
        assertTrue(br.body().length < plain.length / 3, what(br));

        HttpResponse<byte[]> gzip = get(version, asset, "Accept-Encoding", "gzip, deflate");
        assertEquals("gzip", header(gzip, "Content-Encoding"), what(gzip));
        assertTrue(header(gzip, "Content-Type").startsWith(type), what(gzip));
        assertEquals("Accept-Encoding", header(gzip, "Vary"), what(gzip));
        assertEquals(IMMUTABLE, header(gzip, "Cache-Control"), what(gzip));
        assertArrayEquals(plain, gunzip(gzip.body()), "compressed once, not twice: " + what(gzip));

        for (String refusing : new String[] {null, "identity", "gzip;q=0, br;q=0"}) {
          HttpResponse<byte[]> none =
              refusing == null
                  ? get(version, asset)
                  : get(version, asset, "Accept-Encoding", refusing);
          assertEquals(200, none.statusCode(), what(none));
          assertEquals(null, header(none, "Content-Encoding"), what(none));
          assertTrue(header(none, "Content-Type").startsWith(type), what(none));
          assertEquals(IMMUTABLE, header(none, "Cache-Control"), what(none));
          assertArrayEquals(plain, none.body(), what(none));
        }
      }
    }
  }

  @Test
  void aCompressedAssetIsRevalidatedWithA304() {
    String script = assets().get(0);
    HttpResponse<byte[]> first = get(HttpClient.Version.HTTP_1_1, script, "Accept-Encoding", "br");
    String lastModified = header(first, "Last-Modified");
    assertTrue(lastModified != null, what(first));
    HttpResponse<byte[]> again =
        get(
            HttpClient.Version.HTTP_1_1,
            script,
            "Accept-Encoding",
            "br",
            "If-Modified-Since",
            lastModified);
    assertEquals(304, again.statusCode(), what(again));
    assertEquals(0, again.body().length, what(again));
  }

  @Test
  void aJsonListIsGzippedWhenTheClientAsks() {
    String token = Tokens.valid("admin");
    String path = "/api/animals?size=100";
    HttpResponse<byte[]> plain =
        get(HttpClient.Version.HTTP_1_1, path, "Authorization", "Bearer " + token);
    assertEquals(200, plain.statusCode(), what(plain));
    assertEquals(null, header(plain, "Content-Encoding"), what(plain));
    assertTrue(plain.body().length > 2048, "a list large enough to be worth it: " + what(plain));

    for (HttpClient.Version version : HttpClient.Version.values()) {
      HttpResponse<byte[]> gzip =
          get(version, path, "Authorization", "Bearer " + token, "Accept-Encoding", "gzip, br");
      assertEquals(200, gzip.statusCode(), what(gzip));
      assertEquals("gzip", header(gzip, "Content-Encoding"), what(gzip));
      assertTrue(header(gzip, "Content-Type").startsWith("application/json"), what(gzip));
      assertTrue(header(gzip, "Vary").contains("Accept-Encoding"), what(gzip));
      assertEquals("no-store", header(gzip, "Cache-Control"), what(gzip));
      String json = new String(gunzip(gzip.body()), StandardCharsets.UTF_8);
      assertFalse(
          Json.createReader(new StringReader(json)).readObject().getJsonArray("items").isEmpty(),
          json);
      assertTrue(gzip.body().length < plain.body().length / 3, what(gzip));
    }
  }

  @Test
  void onlyHashedAssetsThatExistAreKeptForAYear() {
    for (String path : List.of("/", "/index.html", "/animals/5", "/favicon.svg")) {
      HttpResponse<byte[]> reply = get(HttpClient.Version.HTTP_1_1, path, "Accept-Encoding", "br");
      assertEquals(200, reply.statusCode(), what(reply));
      assertEquals("no-cache", header(reply, "Cache-Control"), what(reply));
    }
    HttpResponse<byte[]> favicon = get(HttpClient.Version.HTTP_1_1, "/favicon.svg");
    assertTrue(header(favicon, "Content-Type").startsWith("image/svg+xml"), what(favicon));
    for (String path : List.of("/assets/index-Nope1234.js", "/assets/index-Nope1234.js.br")) {
      HttpResponse<byte[]> missing =
          get(HttpClient.Version.HTTP_1_1, path, "Accept-Encoding", "gzip, br");
      assertEquals(404, missing.statusCode(), what(missing));
      assertEquals("no-store", header(missing, "Cache-Control"), what(missing));
    }
  }
}
