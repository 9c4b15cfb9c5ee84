package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemEndpointsIT {

  private final Api api = new Api();

  @Test
  void messageIsTheConfiguredText() {
    Api.Reply reply = api.get("/api/message");
    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.contentType().startsWith("text/plain"), reply::toString);
    assertFalse(reply.text().isBlank(), reply::toString);
  }

  @Test
  void infoTellsWhichBuildAnswers() {
    Api.Reply reply = api.get("/api/info");
    assertEquals(200, reply.status(), reply::toString);
    JsonObject info = reply.json();
    assertEquals("zoo-backend", info.getString("name"));
    assertFalse(info.getString("version").isBlank());
    assertTrue(info.getString("revision").matches("[0-9a-f]{7,}|unknown"), info::toString);
    Instant started = Instant.parse(info.getString("startedAt"));
    Instant serverStarted = Instant.parse(info.getString("serverStartedAt"));
    assertFalse(started.isBefore(serverStarted), "the application starts after the JVM");
    assertEquals("READY", info.getJsonObject("database").getString("status"), info::toString);
    assertEquals(
        TestDatabase.productName(),
        info.getJsonObject("database").getString("product"),
        info::toString);
    assertNotNull(info.getString("instanceId"));
  }

  @Test
  void packagedBuildCarriesTheGitRevision() {
    JsonObject info = api.get("/api/info").json();
    // The integration-test server runs the packaged build, so the build step's values are there.
    assertEquals("build", info.getString("buildSource"), info::toString);
    Instant.parse(info.getString("buildTime"));
  }

  @Test
  void healthProbesAreUpWithNamedChecks() {
    for (String probe : new String[] {"/health/live", "/health/ready", "/health/started"}) {
      Api.Reply reply = api.get(probe);
      assertEquals(200, reply.status(), reply::toString);
      assertEquals("UP", reply.json().getString("status"), reply::toString);
      assertFalse(reply.json().getJsonArray("checks").isEmpty(), probe + " has a named check");
    }
    JsonObject database = check(api.get("/health/ready").json(), "database");
    assertEquals("READY", database.getJsonObject("data").getString("migrations"));
    JsonObject live = api.get("/health/live").json().getJsonArray("checks").getJsonObject(0);
    assertEquals(
        "memory", live.getString("name"), "liveness looks at the process, not the database");
  }

  /** The application's own probes: the same checks as Liberty's, and the same JSON shape. */
  @Test
  void theApplicationsProbesRunItsChecks() {
    JsonObject ready = api.get("/api/health/ready").json();
    assertEquals("UP", ready.getString("status"), ready::toString);
    assertEquals("READY", check(ready, "database").getJsonObject("data").getString("migrations"));
    assertEquals("UP", check(ready, "start").getString("status"), ready::toString);
    JsonObject started = api.get("/api/health/started").json();
    assertEquals("UP", check(started, "application").getString("status"), started::toString);
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(c -> name.equals(c.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }

  @Test
  void openApiDescribesOperationsAndErrors() {
    Api.Reply reply = api.get("/openapi?format=JSON");
    assertEquals(200, reply.status(), reply::toString);
    JsonObject doc = reply.json();
    JsonObject paths = doc.getJsonObject("paths");
    for (String path :
        new String[] {
          "/api/species",
          "/api/species/{id}",
          "/api/enclosures",
          "/api/animals",
          "/api/animals/{id}/feedings",
          "/api/keepers",
          "/api/keepers/me",
          "/api/feedings",
          "/api/feedings/{id}/complete",
          "/api/info",
          "/api/message"
        }) {
      assertTrue(paths.containsKey(path), "documented: " + path);
    }
    JsonObject post = paths.getJsonObject("/api/animals").getJsonObject("post");
    JsonObject responses = post.getJsonObject("responses");
    for (String code : new String[] {"201", "400", "401", "403", "409", "415", "503"}) {
      assertTrue(
          responses.containsKey(code), "POST /api/animals documents " + code + ": " + responses);
    }
    assertTrue(
        responses
            .getJsonObject("409")
            .getJsonObject("content")
            .containsKey("application/problem+json"),
        "errors are documented as problem+json");
    assertTrue(doc.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
    assertEquals(
        "Delete a keeper who has recorded no feedings",
        summary(paths, "/api/keepers/{id}", "delete"),
        "the operations every entity shares have summaries that name it");
    assertEquals("Get one species", summary(paths, "/api/species/{id}", "get"));
    assertEquals(
        "Schedule a feeding for an ACTIVE animal", summary(paths, "/api/feedings", "post"));
    for (String path : new String[] {"/api/auth/login", "/api/auth/session"}) {
      JsonObject content =
          paths
              .getJsonObject(path)
              .getJsonObject("post")
              .getJsonObject("responses")
              .getJsonObject("200")
              .getJsonObject("content");
      assertEquals(
          "#/components/schemas/TokenResponse",
          content.getJsonObject("application/json").getJsonObject("schema").getString("$ref"),
          path + " documents its token as JSON (the resource's media type): " + content);
    }
    paths.forEach(
        (path, item) ->
            item.asJsonObject()
                .forEach(
                    (method, operation) -> {
                      if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                        return; // path-level parameters, not an operation
                      }
                      JsonObject op = operation.asJsonObject();
                      assertFalse(
                          op.getString("summary", "").isBlank(), method + " " + path + ": " + op);
                      assertTrue(
                          op.getJsonObject("responses").keySet().stream()
                              .anyMatch(code -> code.startsWith("2")),
                          method + " " + path + " is an operation the server has: " + op);
                    }));
    assertEquals(200, api.get("/openapi/ui/").status(), "the OpenAPI UI is served");
  }

  private static String summary(JsonObject paths, String path, String method) {
    return paths.getJsonObject(path).getJsonObject(method).getString("summary", null);
  }
}
