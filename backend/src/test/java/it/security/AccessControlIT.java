package it.security;

import static it.support.Api.object;
import static it.support.Api.with;
import static it.support.Fixtures.animalBody;
import static it.support.Fixtures.enclosureBody;
import static it.support.Fixtures.keeperBody;
import static it.support.Fixtures.speciesBody;
import static it.support.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import it.support.Api;
import it.support.Fixtures;
import it.support.ProblemAssert;
import it.support.Tokens;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write endpoint against every kind of credential: none, expired, signed by another key, from
 * another issuer, for another audience, a role too weak, and the right roles. A refused request
 * must leave the data as it was.
 */
class AccessControlIT {

  private static final Set<String> ADMIN = Set.of("admin");
  private static final Set<String> KEEPER = Set.of("keeper", "admin");

  private final Api admin = new Api();
  private final Fixtures fixtures = new Fixtures(admin);

  /** A request prepared against fresh data, and the resource whose state it must not change. */
  record Request(String method, String path, JsonObject body, String checked) {}

  record Write(
      String name, Set<String> allowed, int success, Function<Fixtures, Request> prepare) {}

  private static String inOneHour() {
    return Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  static List<Write> writes() {
    List<Write> writes = new ArrayList<>();
    writes.add(
        new Write(
            "POST /api/species",
            ADMIN,
            201,
            f -> new Request("POST", "/api/species", speciesBody(unique("Species")), null)));
    writes.add(
        new Write(
            "PUT /api/species/{id}",
            ADMIN,
            200,
            f -> {
              JsonObject s = f.species();
              return new Request(
                  "PUT",
                  "/api/species/" + id(s),
                  with(speciesBody(unique("Renamed")), "version", s.getJsonNumber("version")),
                  "/api/species/" + id(s));
            }));
    writes.add(
        new Write(
            "DELETE /api/species/{id}",
            ADMIN,
            204,
            f -> {
              long id = id(f.species());
              return new Request("DELETE", "/api/species/" + id, null, "/api/species/" + id);
            }));
    writes.add(
        new Write(
            "POST /api/enclosures",
            ADMIN,
            201,
            f ->
                new Request(
                    "POST", "/api/enclosures", enclosureBody(unique("Enclosure"), 5), null)));
    writes.add(
        new Write(
            "PUT /api/enclosures/{id}",
            ADMIN,
            200,
            f -> {
              JsonObject e = f.enclosure(5);
              return new Request(
                  "PUT",
                  "/api/enclosures/" + id(e),
                  with(enclosureBody(unique("Renamed"), 6), "version", e.getJsonNumber("version")),
                  "/api/enclosures/" + id(e));
            }));
    writes.add(
        new Write(
            "DELETE /api/enclosures/{id}",
            ADMIN,
            204,
            f -> {
              long id = id(f.enclosure(5));
              return new Request("DELETE", "/api/enclosures/" + id, null, "/api/enclosures/" + id);
            }));
    writes.add(
        new Write(
            "POST /api/keepers",
            ADMIN,
            201,
            f ->
                new Request(
                    "POST", "/api/keepers", keeperBody(unique("Keeper"), List.of()), null)));
    writes.add(
        new Write(
            "PUT /api/keepers/{id}",
            ADMIN,
            200,
            f -> {
              JsonObject k = f.keeper(List.of());
              return new Request(
                  "PUT",
                  "/api/keepers/" + id(k),
                  with(
                      keeperBody(unique("Renamed"), List.of()),
                      "version",
                      k.getJsonNumber("version")),
                  "/api/keepers/" + id(k));
            }));
    writes.add(
        new Write(
            "DELETE /api/keepers/{id}",
            ADMIN,
            204,
            f -> {
              long id = id(f.keeper(List.of()));
              return new Request("DELETE", "/api/keepers/" + id, null, "/api/keepers/" + id);
            }));
    writes.add(
        new Write(
            "POST /api/animals",
            KEEPER,
            201,
            f -> {
              long species = id(f.species());
              long enclosure = id(f.enclosure(5));
              return new Request(
                  "POST", "/api/animals", animalBody(unique("Animal"), species, enclosure), null);
            }));
    writes.add(
        new Write(
            "PUT /api/animals/{id}",
            KEEPER,
            200,
            f -> {
              long species = id(f.species());
              long enclosure = id(f.enclosure(5));
              JsonObject a = f.animal(species, enclosure);
              return new Request(
                  "PUT",
                  "/api/animals/" + id(a),
                  with(
                      animalBody(unique("Renamed"), species, enclosure),
                      "version",
                      a.getJsonNumber("version")),
                  "/api/animals/" + id(a));
            }));
    writes.add(
        new Write(
            "DELETE /api/animals/{id}",
            ADMIN,
            204,
            f -> {
              long id = id(f.animal(id(f.species()), id(f.enclosure(5))));
              return new Request("DELETE", "/api/animals/" + id, null, "/api/animals/" + id);
            }));
    writes.add(
        new Write(
            "POST /api/feedings",
            KEEPER,
            201,
            f -> {
              long animal = id(f.animal(id(f.species()), id(f.enclosure(5))));
              return new Request(
                  "POST",
                  "/api/feedings",
                  object(
                      "animalId",
                      animal,
                      "scheduledAt",
                      inOneHour(),
                      "food",
                      "Hay",
                      "quantityGrams",
                      1000),
                  null);
            }));
    writes.add(
        new Write(
            "PUT /api/feedings/{id}",
            KEEPER,
            200,
            f -> {
              long animal = id(f.animal(id(f.species()), id(f.enclosure(5))));
              JsonObject feeding = f.feeding(animal, inOneHour());
              return new Request(
                  "PUT",
                  "/api/feedings/" + id(feeding),
                  object(
                      "animalId",
                      animal,
                      "scheduledAt",
                      inOneHour(),
                      "food",
                      "Fish",
                      "quantityGrams",
                      800,
                      "version",
                      feeding.getJsonNumber("version")),
                  "/api/feedings/" + id(feeding));
            }));
    writes.add(
        new Write(
            "POST /api/feedings/{id}/complete",
            KEEPER,
            200,
            f -> {
              long enclosure = id(f.enclosure(5));
              long animal = id(f.animal(id(f.species()), enclosure));
              long keeper = id(f.keeper(List.of(enclosure)));
              // Not due (completing needs no due date): refused attempts leave no due feeding
              // behind.
              long feeding = id(f.feeding(animal, inOneHour()));
              return new Request(
                  "POST",
                  "/api/feedings/" + feeding + "/complete",
                  object("keeperId", keeper),
                  "/api/feedings/" + feeding);
            }));
    writes.add(
        new Write(
            "DELETE /api/feedings/{id}",
            ADMIN,
            204,
            f -> {
              long animal = id(f.animal(id(f.species()), id(f.enclosure(5))));
              long feeding = id(f.feeding(animal, inOneHour()));
              return new Request(
                  "DELETE", "/api/feedings/" + feeding, null, "/api/feedings/" + feeding);
            }));
    writes.add(
        new Write(
            "POST /api/users",
            ADMIN,
            201,
            f ->
                new Request(
                    "POST",
                    "/api/users",
                    object(
                        "username",
                        "acl-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                        "role",
                        "viewer",
                        "password",
                        "initial-password-1"),
                    null)));
    writes.add(
        new Write(
            "PUT /api/users/{id}",
            ADMIN,
            200,
            f -> {
              JsonObject u = f.user("viewer");
              return new Request(
                  "PUT",
                  "/api/users/" + id(u),
                  object(
                      "username",
                      u.getString("username"),
                      "role",
                      "keeper",
                      "version",
                      u.getJsonNumber("version")),
                  "/api/users/" + id(u));
            }));
    writes.add(
        new Write(
            "DELETE /api/users/{id}",
            ADMIN,
            204,
            f -> {
              long id = id(f.user("viewer"));
              return new Request("DELETE", "/api/users/" + id, null, "/api/users/" + id);
            }));
    return writes;
  }

  private static Api.Reply send(Api api, Request request) {
    return switch (request.method()) {
      case "POST" -> api.post(request.path(), request.body());
      case "PUT" -> api.put(request.path(), request.body());
      case "DELETE" -> api.delete(request.path());
      default -> throw new IllegalArgumentException(request.method());
    };
  }

  record Credential(String name, String token, int expectedStatus, String problemType) {}

  private static List<Credential> refused(Write write) {
    List<Credential> credentials = new ArrayList<>();
    credentials.add(new Credential("no token", null, 401, "/problems/unauthenticated"));
    credentials.add(
        new Credential("expired token", Tokens.expired("admin"), 401, "/problems/unauthenticated"));
    credentials.add(
        new Credential(
            "token signed by another key",
            Tokens.badSignature("admin"),
            401,
            "/problems/unauthenticated"));
    credentials.add(
        new Credential(
            "token from another issuer",
            Tokens.wrongIssuer("admin"),
            401,
            "/problems/unauthenticated"));
    credentials.add(
        new Credential(
            "token for another audience",
            Tokens.wrongAudience("admin"),
            401,
            "/problems/unauthenticated"));
    for (String role : List.of("viewer", "keeper", "visitor")) {
      if (!write.allowed().contains(role)) {
        credentials.add(
            new Credential("role " + role, Tokens.valid(role), 403, "/problems/forbidden"));
      }
    }
    return credentials;
  }

  @TestFactory
  Stream<DynamicTest> refusedCredentialsChangeNothing() {
    return writes().stream()
        .flatMap(
            write ->
                refused(write).stream()
                    .map(
                        credential ->
                            dynamicTest(
                                write.name() + " with " + credential.name(),
                                () -> {
                                  Request request = write.prepare().apply(fixtures);
                                  Api.Reply before =
                                      request.checked() == null
                                          ? null
                                          : admin.get(request.checked());
                                  Api.Reply reply =
                                      send(admin.withToken(credential.token()), request);
                                  JsonObject problem =
                                      ProblemAssert.assertProblem(
                                          reply,
                                          credential.expectedStatus(),
                                          credential.problemType());
                                  assertTrue(
                                      problem.getString("detail").length() > 10,
                                      () -> "a problem says what to do: " + problem);
                                  if (before != null) {
                                    Api.Reply after = admin.get(request.checked());
                                    assertEquals(
                                        before.status() + " " + before.text(),
                                        after.status() + " " + after.text(),
                                        "a refused request must change nothing");
                                  }
                                })));
  }

  @TestFactory
  Stream<DynamicTest> allowedRolesSucceed() {
    return writes().stream()
        .flatMap(
            write ->
                write.allowed().stream()
                    .sorted()
                    .map(
                        role ->
                            dynamicTest(
                                write.name() + " as " + role,
                                () -> {
                                  Request request = write.prepare().apply(fixtures);
                                  Api.Reply reply =
                                      send(admin.withToken(Tokens.valid(role)), request);
                                  assertEquals(write.success(), reply.status(), reply::toString);
                                })));
  }

  @Test
  void everyRoleReadsAndNobodyElse() {
    for (String path :
        List.of(
            "/api/species",
            "/api/enclosures",
            "/api/animals",
            "/api/keepers",
            "/api/feedings",
            "/api/feedings?due=true")) {
      for (String role : List.of("viewer", "keeper", "admin")) {
        Api.Reply reply = admin.withToken(Tokens.valid(role)).get(path);
        assertEquals(200, reply.status(), () -> role + ": " + reply);
      }
      ProblemAssert.assertProblem(admin.anonymous().get(path), 401, "/problems/unauthenticated");
      ProblemAssert.assertProblem(
          admin.withToken(Tokens.valid("visitor")).get(path), 403, "/problems/forbidden");
    }
    for (String role : List.of("viewer", "keeper")) {
      ProblemAssert.assertProblem(
          admin.withToken(Tokens.valid(role)).get("/api/users"), 403, "/problems/forbidden");
    }
    assertEquals(200, admin.get("/api/users").status(), "administrators list the users");
  }

  @Test
  void systemEndpointsStayOpen() {
    Api anonymous = admin.anonymous();
    for (String path :
        List.of(
            "/api/info",
            "/api/message",
            "/health/ready",
            "/health/live",
            "/health/started",
            "/api/health/ready",
            "/api/health/started",
            "/openapi")) {
      Api.Reply reply = anonymous.get(path);
      assertEquals(200, reply.status(), reply::toString);
    }
  }

  @Test
  void forbiddenNamesTheRoleNeeded() {
    long id = id(fixtures.species());
    JsonObject problem =
        ProblemAssert.assertProblem(
            admin.withToken(Tokens.valid("keeper")).delete("/api/species/" + id),
            403,
            "/problems/forbidden");
    assertEquals(
        "This needs the role admin; yours is keeper.",
        problem.getString("detail"),
        problem::toString);
  }

  @Test
  void expiredTokensAreToldApart() {
    JsonObject problem =
        ProblemAssert.assertProblem(
            admin.withToken(Tokens.expired("admin")).get("/api/species"),
            401,
            "/problems/unauthenticated");
    assertTrue(problem.getString("detail").contains("expired"), problem::toString);
  }
}
