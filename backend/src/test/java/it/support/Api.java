package it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A plain HTTP client for the black-box tests: the JDK's HttpClient and JSON-P, nothing from the
 * server's own code, so the tests see exactly what any client sees. Every answer is checked against
 * the server's OpenAPI document ({@link Contract}) before a test sees it.
 */
public final class Api {

  public static final String BASE_URL =
      System.getProperty("zoo.it.baseUrl", "http://localhost:9080");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static volatile boolean serverReady;

  private final String baseUrl;
  private final String token;
  private final String forwardedFor;

  /**
   * A client for the server the build started, signed in as an administrator (who may do
   * everything); waits (once) until that server is ready. Tests of who may do what use {@link
   * #withToken} and {@link #anonymous}.
   */
  public Api() {
    this(BASE_URL, Tokens.valid("admin"));
    awaitBuildServer();
  }

  /** A client for another server (see SecondServer), signed in as an administrator. */
  public Api(String baseUrl) {
    this(baseUrl, Tokens.valid("admin"));
  }

  private Api(String baseUrl, String token) {
    this(baseUrl, token, null);
  }

  private Api(String baseUrl, String token, String forwardedFor) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.forwardedFor = forwardedFor;
  }

  /** The same server with another bearer token (null: none). */
  public Api withToken(String bearerToken) {
    return new Api(baseUrl, bearerToken, forwardedFor);
  }

  /**
   * The same client as if it came through a proxy for the client at {@code address}: {@code
   * X-Forwarded-For}, which the server believes from a loopback peer (TRUSTED_PROXIES).
   */
  public Api from(String address) {
    return new Api(baseUrl, token, address);
  }

  /** The same server without any credential. */
  public Api anonymous() {
    return withToken(null);
  }

  /** Signs in through POST /api/auth/login and uses the token it returns. */
  public Api login(String username, String password) {
    Reply reply =
        anonymous().post("/api/auth/login", object("username", username, "password", password));
    if (reply.status() != 200) {
      throw new AssertionError("login as " + username + " failed: " + reply);
    }
    return withToken(reply.json().getString("token"));
  }

  private void awaitBuildServer() {
    if (serverReady) {
      return;
    }
    serverReady =
        Poll.within(
            Duration.ofSeconds(120),
            Duration.ofMillis(250),
            () -> get("/health/ready").status() == 200);
    if (serverReady) {
      return;
    }
    throw new IllegalStateException("the server at " + baseUrl + " did not become ready in 120 s");
  }

  /** A response: status, headers and the body parsed as JSON when it is JSON. */
  public record Reply(int status, HttpResponse<String> raw) {

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public String text() {
      return raw.body();
    }

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(raw.body()))) {
        JsonStructure structure = reader.read();
        return structure.asJsonObject();
      } catch (RuntimeException e) {
        throw new AssertionError(
            "expected a JSON object from " + raw.uri() + ", got " + status + ": " + raw.body(), e);
      }
    }

    public JsonArray items() {
      return json().getJsonArray("items");
    }

    public long id() {
      return Api.id(json());
    }

    @Override
    public String toString() {
      return raw.request().method() + " " + raw.uri() + " -> " + status + " " + raw.body();
    }
  }

  public Reply get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public Reply delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE());
  }

  public Reply post(String path, JsonValue body) {
    return postRaw(path, body.toString(), "application/json");
  }

  public Reply put(String path, JsonValue body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  public Reply postRaw(String path, String body, String contentType) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply putRaw(String path, String body, String contentType) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private Reply send(HttpRequest.Builder request) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    HttpResponse<String> response =
        Http.send(
            CLIENT,
            request
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, */*")
                .build());
    return new Reply(response.statusCode(), response);
  }

  /** The {@code id} of an entity's JSON. */
  public static long id(JsonObject entity) {
    return entity.getJsonNumber("id").longValue();
  }

  /** A JSON object from alternating keys and values; null values are left out. */
  public static JsonObject object(Object... keysAndValues) {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = (String) keysAndValues[i];
      Object value = keysAndValues[i + 1];
      if (value == null) {
        continue;
      }
      if (value instanceof JsonValue json) {
        builder.add(key, json);
      } else if (value instanceof Integer n) {
        builder.add(key, n);
      } else if (value instanceof Long n) {
        builder.add(key, n);
      } else if (value instanceof Boolean b) {
        builder.add(key, b);
      } else if (value instanceof java.math.BigDecimal d) {
        builder.add(key, d);
      } else if (value instanceof Iterable<?> list) {
        var array = Json.createArrayBuilder();
        list.forEach(item -> array.add(((Number) item).longValue()));
        builder.add(key, array);
      } else {
        builder.add(key, value.toString());
      }
    }
    return builder.build();
  }

  /** The same object with some properties replaced (null removes one). */
  public static JsonObject with(JsonObject base, Object... keysAndValues) {
    JsonObjectBuilder builder = Json.createObjectBuilder(base);
    JsonObject changes = object(keysAndValues);
    changes.forEach(builder::add);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] == null) {
        builder.remove((String) keysAndValues[i]);
      }
    }
    return builder.build();
  }

  public static Map<String, String> fieldErrors(Reply reply) {
    JsonArray errors = reply.json().getJsonArray("errors");
    java.util.Map<String, String> result = new java.util.TreeMap<>();
    if (errors != null) {
      errors.forEach(
          e ->
              result.put(
                  e.asJsonObject().getString("field"), e.asJsonObject().getString("message")));
    }
    return result;
  }
}
