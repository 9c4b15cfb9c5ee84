package it.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's contract, checked on every answer the integration tests receive through {@link Api}:
 * the answer's status must be documented for its operation in the server's own OpenAPI document
 * ({@code GET /openapi}), its content type must be one the document names for that status, and its
 * body must validate against the document's schema for it (JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1, by networknt's json-schema-validator). A property that is not in the document fails
 * too: the checked copy of each object schema forbids properties it does not list (the served
 * document does not, so that clients stay free to ignore new ones).
 *
 * <p>Answers outside the document's paths and methods (an unknown path, a method a path does not
 * have) must be {@code application/problem+json} that validates as a Problem. Not checked: {@code
 * HEAD} and {@code OPTIONS}, and a server without the application (a 404 or 503 that is not JSON:
 * Liberty's own answers while dev mode restarts the application, see ProbesIT and DevModeStatusIT;
 * or no document at {@code /openapi} yet).
 *
 * <p>With the system property {@code zoo.it.answers} (a directory; the build sets it), the first
 * answers of each operation and status are kept there as {@code <operationId>.<status>.<n>.json}:
 * {@code frontend/scripts/check-answers.mjs} then compiles them against the UI's generated types.
 *
 * <p>Errors: an {@link AssertionError} naming the request, the status and what is wrong.
 */
public final class Contract {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();

  private Contract() {}

  /** Checks one answer of the server at {@code baseUrl}; see the class comment. */
  public static void check(String baseUrl, HttpResponse<String> response) {
    String method = response.request().method();
    String path = response.request().uri().getRawPath();
    if (!path.startsWith("/api/") || method.equals("HEAD") || method.equals("OPTIONS")) {
      return;
    }
    String type = mediaType(response);
    if ((response.statusCode() == 404 || response.statusCode() == 503) && !type.endsWith("json")) {
      return;
    }
    Document document = DOCUMENTS.computeIfAbsent(baseUrl, Document::loadIfServed);
    if (document != null) {
      document.check(method, path, response, type);
    }
  }

  /** The served document of one server, indexed for checking. */
  public static Document document(String baseUrl) {
    return DOCUMENTS.computeIfAbsent(baseUrl, Document::load);
  }

  private static String mediaType(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Content-Type")
        .map(v -> v.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT))
        .orElse("");
  }

  /** One server's OpenAPI document with its path templates as patterns. */
  public static final class Document {

    private final JsonNode root;
    private final JsonNode components;
    private final List<Map.Entry<Pattern, String>> templates = new ArrayList<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final Map<String, Integer> kept = new ConcurrentHashMap<>();
    private static final int KEPT = 5;

    private Document(JsonNode root) {
      this.root = root;
      this.components = strict(root.get("components").deepCopy());
      root.get("paths")
          .propertyNames()
          .forEach(
              template ->
                  templates.add(
                      Map.entry(
                          Pattern.compile(
                              Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")),
                          template)));
      // A literal segment before a template variable: /api/keepers/me is not /api/keepers/{id}.
      templates.sort(
          java.util.Comparator.comparingLong(
              (Map.Entry<Pattern, String> t) ->
                  t.getValue().chars().filter(c -> c == '{').count()));
    }

    /** The document, or null while the server serves none (its application is not running). */
    static Document loadIfServed(String baseUrl) {
      try {
        return load(baseUrl);
      } catch (AssertionError | RuntimeException e) {
        return null;
      }
    }

    static Document load(String baseUrl) {
      try {
        HttpResponse<String> response =
            CLIENT.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/openapi?format=JSON"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new AssertionError("GET /openapi answered " + response.statusCode());
        }
        return new Document(JSON.readTree(response.body()));
      } catch (java.io.IOException e) {
        throw new AssertionError("cannot read " + baseUrl + "/openapi", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }

    /** The document as served. */
    public JsonNode json() {
      return root;
    }

    void check(String method, String path, HttpResponse<String> response, String type) {
      check(method, path, response.statusCode(), type, response.body());
    }

    /**
     * Checks an answer given by its parts: {@code method} and {@code path} of the request (path
     * without query), the answer's {@code status}, media {@code type} (no parameters, lower case)
     * and {@code body}; throws an {@link AssertionError} saying what disagrees with the document.
     */
    public void check(String method, String path, int status, String type, String body) {
      String where = method + " " + path + " -> " + status;
      JsonNode operation = operation(method, path);
      if (operation == null) {
        if (status < 400 || !type.equals("application/problem+json")) {
          throw new AssertionError(
              where + ": not in the OpenAPI document, and not a problem+json error");
        }
        validate(where, JSON.createObjectNode().put("$ref", "#/components/schemas/Problem"), body);
        return;
      }
      JsonNode responses = operation.get("responses");
      JsonNode documented = responses.get(Integer.toString(status));
      if (documented == null) {
        documented = responses.get("default");
      }
      if (documented == null) {
        throw new AssertionError(
            where
                + ": status not in the OpenAPI document (documented: "
                + String.join(", ", responses.propertyNames())
                + "); body: "
                + body);
      }
      JsonNode content = documented.get("content");
      if (content == null || content.isEmpty()) {
        if (!body.isEmpty()) {
          throw new AssertionError(where + ": the document says no body, got: " + body);
        }
        return;
      }
      JsonNode media = content.get(type);
      if (media == null) {
        throw new AssertionError(
            where
                + ": Content-Type "
                + type
                + " not in the document (documented: "
                + String.join(", ", content.propertyNames())
                + ")");
      }
      if (media.has("schema") && type.endsWith("json")) {
        validate(where, media.get("schema"), body);
        keep(operation.path("operationId").asString(""), status, body);
      }
    }

    /** Keeps up to {@link #KEPT} answers per operation and status (see the class comment). */
    private void keep(String operationId, int status, String body) {
      String directory = System.getProperty("zoo.it.answers");
      if (directory == null || operationId.isEmpty()) {
        return;
      }
      String key = operationId + "." + status;
      int n = kept.merge(key, 1, Integer::sum);
      if (n > KEPT) {
        return;
      }
      try {
        java.nio.file.Path dir = java.nio.file.Path.of(directory);
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(key + "." + n + ".json"), body);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private JsonNode operation(String method, String path) {
      for (Map.Entry<Pattern, String> template : templates) {
        if (template.getKey().matcher(path).matches()) {
          return root.get("paths")
              .get(template.getValue())
              .get(method.toLowerCase(java.util.Locale.ROOT));
        }
      }
      return null;
    }

    private void validate(String where, JsonNode schema, String body) {
      Schema validator =
          compiled.computeIfAbsent(
              schema.toString(),
              key -> {
                ObjectNode wrapper = (ObjectNode) strict(schema.deepCopy());
                wrapper.set("components", components);
                return SCHEMAS.getSchema(wrapper);
              });
      JsonNode answer;
      try {
        answer = JSON.readTree(body);
      } catch (RuntimeException e) {
        throw new AssertionError(where + ": the body is not JSON: " + body, e);
      }
      List<Error> errors = validator.validate(answer);
      if (!errors.isEmpty()) {
        throw new AssertionError(
            where
                + ": the body does not match the OpenAPI document:\n  "
                + errors.stream()
                    .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                    .collect(Collectors.joining("\n  "))
                + "\nbody: "
                + body);
      }
    }

    /** Every object schema with listed properties takes no other property (in this copy only). */
    private static JsonNode strict(JsonNode node) {
      if (node.isObject()) {
        ObjectNode object = (ObjectNode) node;
        if (object.has("properties") && !object.has("additionalProperties")) {
          object.put("additionalProperties", false);
        }
        for (Iterator<JsonNode> values = object.values().iterator(); values.hasNext(); ) {
          strict(values.next());
        }
      } else if (node.isArray()) {
        node.forEach(Document::strict);
      }
      return node;
    }
  }
}
