package it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Contract;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document itself: the committed copy ({@code docs/openapi.json}, from which the
 * web UI's types are generated) is the served one; every operation has a stable operation id; the
 * operations that need no token say so; request schemas require what the server requires. Each
 * answer's agreement with the document is checked by {@link Contract} on every test.
 *
 * <p>After changing the API, rewrite the copy with {@code ./mvnw verify -pl backend
 * -Dit.test=OpenApiDocumentIT -Dopenapi.write=true} (then {@code npm run api} in {@code frontend}
 * regenerates the UI's types).
 */
class OpenApiDocumentIT {

  static final Path COPY = Path.of("../docs/openapi.json");

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Api api = new Api();
  private final JsonNode document = Contract.document(Api.BASE_URL).json();

  @Test
  void theCommittedCopyIsTheServedDocument() throws IOException {
    String served = JSON.writeValueAsString(document) + "\n";
    if (Boolean.getBoolean("openapi.write")) {
      Files.writeString(COPY, served, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(COPY, StandardCharsets.UTF_8),
        served,
        "docs/openapi.json differs from GET /openapi: rewrite it with -Dopenapi.write=true (see"
            + " this class) and regenerate the UI's types (npm run api)");
  }

  @Test
  void everyOperationHasAUniqueOperationIdNamedForItsVerbAndResource() {
    Set<String> ids = new HashSet<>();
    List<String> missing = new ArrayList<>();
    document
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          JsonNode id = operation.getValue().get("operationId");
                          String where = operation.getKey() + " " + path.getKey();
                          if (id == null || !id.asString().matches("[a-z]+([A-Z][A-Za-z]*)?")) {
                            missing.add(where + ": " + id);
                          } else if (!ids.add(id.asString())) {
                            missing.add(where + ": duplicate " + id);
                          }
                        }));
    assertEquals(List.of(), missing);
    assertTrue(
        ids.containsAll(Set.of("listAnimals", "getAnimal", "createAnimal", "login")),
        ids::toString);
  }

  @Test
  void operationsThatNeedNoTokenSaySo() {
    for (String path :
        List.of("/api/auth/login", "/api/health/ready", "/api/health/started", "/api/message")) {
      JsonNode operation =
          document.get("paths").get(path).properties().iterator().next().getValue();
      assertEquals("[]", operation.get("security").toString(), path);
      assertEquals(
          200,
          api.anonymous().get(path.equals("/api/auth/login") ? "/api/health/ready" : path).status(),
          path);
    }
    assertEquals(
        "[{},{\"bearer\":[]}]",
        document.get("paths").get("/api/info").get("get").get("security").toString());
    assertEquals(200, api.anonymous().get("/api/info").status());
    assertEquals(
        "[{\"bearer\":[]}]", document.get("security").toString(), "everything else needs a token");
  }

  /**
   * The request records' required components (bean validation) are the schemas' required, and their
   * patterns the schemas' patterns.
   */
  @Test
  void requestSchemasRequireWhatTheServerRequires() {
    List<Class<? extends Record>> requests =
        List.of(
            org.example.zoo.animal.AnimalRequest.class,
            org.example.zoo.enclosure.EnclosureRequest.class,
            org.example.zoo.feeding.FeedingRequest.class,
            org.example.zoo.feeding.CompleteFeedingRequest.class,
            org.example.zoo.keeper.KeeperRequest.class,
            org.example.zoo.species.SpeciesRequest.class,
            org.example.zoo.user.UserRequest.class);
    for (Class<? extends Record> type : requests) {
      String name = type.getAnnotation(Schema.class).name();
      Set<String> expected = new TreeSet<>();
      for (RecordComponent component : type.getRecordComponents()) {
        Field field = field(type, component.getName());
        Pattern pattern = field.getAnnotation(Pattern.class);
        if (pattern != null) {
          // Java matches the whole value; JSON Schema's pattern searches: anchored, both agree.
          assertTrue(
              pattern.regexp().startsWith("^") && pattern.regexp().endsWith("$"),
              name + "." + component.getName() + ": anchor the @Pattern");
          assertEquals(
              pattern.regexp(),
              document
                  .get("components")
                  .get("schemas")
                  .get(name)
                  .get("properties")
                  .get(component.getName())
                  .get("pattern")
                  .asString(),
              name + "." + component.getName());
        }
        if (field.isAnnotationPresent(NotNull.class)
            || field.isAnnotationPresent(NotBlank.class)
            || field.isAnnotationPresent(NotEmpty.class)) {
          expected.add(component.getName());
        }
      }
      Set<String> documented = new TreeSet<>();
      JsonNode required = document.get("components").get("schemas").get(name).get("required");
      if (required != null) {
        required.forEach(n -> documented.add(n.asString()));
      }
      assertEquals(expected, documented, name);
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }
}
