package it.security;

import static it.support.Api.id;
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

  /**
   * A request prepared against fresh data, and the resource whose state it must not change; {@code
   * keeperToken}, when not null, is the token a keeper sends it with (one of a user the data names)
   * instead of a token for the role alone.
   */
  record Request(String method, String path, JsonObject body, String checked, String keeperToken) {
    Request(String method, String path, JsonObject body, String checked) {
      this(method, path, body, checked, null);
    }

    String token(String role) {
      return role.equals("keeper") && keeperToken != null ? keeperToken : Tokens.valid(role);
    }
  }

  record Write(
      String name, Set<String> allowed, int success, Function<Fixtures, Request> prepare) {}

  private static String inOneHour() {
    return Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static List<Write> writes() {
    List<Write> writes = new ArrayList<>();
    writes.addAll(
        entityWrites(
            "/api/species", ADMIN, Fixtures::species, f -> speciesBody(unique("Species"))));
    writes.addAll(
        entityWrites(
            "/api/enclosures",
            ADMIN,
            f -> f.enclosure(5),
            f -> enclosureBody(unique("Enclosure"), 5)));
    writes.addAll(
        entityWrites(
            "/api/keepers",
            ADMIN,
            f -> f.keeper(List.of()),
            f -> keeperBody(unique("Keeper"), List.of())));
    writes.addAll(
        entityWrites(
            "/api/animals",
            KEEPER,
            AccessControlIT::animal,
            f -> animalBody(unique("Animal"), id(f.species()), id(f.enclosure(5)))));
    writes.addAll(
        entityWrites(
            "/api/feedings",
            KEEPER,
            f -> f.feeding(id(animal(f)), inOneHour()),
            f ->
                object(
                    "animalId",
                    id(animal(f)),
                    "scheduledAt",
                    inOneHour(),
                    "food",
                    "Hay",
                    "quantityGrams",
                    1000)));
    writes.add(
        new Write(
            "POST /api/feedings/{id}/complete",
            KEEPER,
            200,
            f -> {
              long enclosure = id(f.enclosure(5));
              long animal = id(f.animal(id(f.species()), enclosure));
              // A keeper completes as the keeper record linked to their user: the keeper's token
              // is that user's, and the body names that keeper (an administrator may name it too).
              long user = id(f.user("keeper"));
              long keeper = id(f.keeperOf(user, List.of(enclosure)));
              // Not due (completing needs no due date): refused attempts leave no due feeding
              // behind.
              long feeding = id(f.feeding(animal, inOneHour()));
              return new Request(
                  "POST",
                  "/api/feedings/" + feeding + "/complete",
                  object("keeperId", keeper),
                  "/api/feedings/" + feeding,
                  Tokens.forUser("keeper", user));
            }));
    writes.addAll(
        entityWrites(
            "/api/users",
            ADMIN,
            f -> f.user("viewer"),
            f ->
                object(
                    "username",
                    "acl-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                    "role",
                    "viewer",
                    "password",
                    "initial-password-1")));
    return writes;
  }

  /**
   * The writes every entity has (web.EntityResource): POST {@code path} (201), PUT and DELETE
   * {@code path/{id}} (200, 204); creating and replacing for {@code writers}, deleting for
   * administrators. {@code existing} makes the entity to replace or delete, {@code body} a request
   * body (with what it refers to made by the fixtures).
   */
  private static List<Write> entityWrites(
      String path,
      Set<String> writers,
      Function<Fixtures, JsonObject> existing,
      Function<Fixtures, JsonObject> body) {
    return List.of(
        new Write(
            "POST " + path, writers, 201, f -> new Request("POST", path, body.apply(f), null)),
        new Write(
            "PUT " + path + "/{id}",
            writers,
            200,
            f -> {
              JsonObject entity = existing.apply(f);
              String at = path + "/" + id(entity);
              JsonObject replacement =
                  with(body.apply(f), "version", entity.getJsonNumber("version"));
              return new Request("PUT", at, replacement, at);
            }),
        new Write(
            "DELETE " + path + "/{id}",
            ADMIN,
            204,
            f -> {
              String at = path + "/" + id(existing.apply(f));
              return new Request("DELETE", at, null, at);
            }));
  }

  private static JsonObject animal(Fixtures f) {
    return f.animal(id(f.species()), id(f.enclosure(5)));
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
                                      send(admin.withToken(request.token(role)), request);
                                  assertEquals(write.success(), reply.status(), reply::toString);
                                })));
  }

  @Test
  void everyRoleReadsAndNobodyElse() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/api/species",
                "/api/enclosures",
                "/api/animals",
                "/api/keepers",
                "/api/feedings",
                "/api/feedings?due=true",
                "/api/feedings?state=overdue&from=2026-01-01&to=2026-01-07"));
    // One of each: EntityResource.get, inherited by every entity's resource.
    long enclosure = id(fixtures.enclosure(5));
    long animal = id(fixtures.animal(id(fixtures.species()), enclosure));
    paths.add("/api/species/" + id(fixtures.species()));
    paths.add("/api/enclosures/" + enclosure);
    paths.add("/api/animals/" + animal);
    paths.add("/api/keepers/" + id(fixtures.keeper(List.of())));
    paths.add("/api/feedings/" + id(fixtures.feeding(animal, inOneHour())));
    for (String path : paths) {
      for (String role : List.of("viewer", "keeper", "admin")) {
        Api.Reply reply = admin.withToken(Tokens.valid(role)).get(path);
        assertEquals(200, reply.status(), () -> role + ": " + reply);
      }
      ProblemAssert.assertProblem(admin.anonymous().get(path), 401, "/problems/unauthenticated");
      ProblemAssert.assertProblem(
          admin.withToken(Tokens.valid("visitor")).get(path), 403, "/problems/forbidden");
    }
    // Every role asks which keeper record is theirs (these tokens name no user: none, 204).
    for (String role : List.of("viewer", "keeper", "admin")) {
      Api.Reply reply = admin.withToken(Tokens.valid(role)).get("/api/keepers/me");
      assertEquals(204, reply.status(), () -> role + ": " + reply);
    }
    ProblemAssert.assertProblem(
        admin.anonymous().get("/api/keepers/me"), 401, "/problems/unauthenticated");
    ProblemAssert.assertProblem(
        admin.withToken(Tokens.valid("visitor")).get("/api/keepers/me"),
        403,
        "/problems/forbidden");
    String oneUser = "/api/users/" + id(fixtures.user("viewer"));
    for (String role : List.of("viewer", "keeper")) {
      for (String users : List.of("/api/users", oneUser)) {
        JsonObject problem =
            ProblemAssert.assertProblem(
                admin.withToken(Tokens.valid(role)).get(users), 403, "/problems/forbidden");
        assertEquals(
            "This needs the role admin; yours is " + role + ".",
            problem.getString("detail"),
            problem::toString);
      }
    }
    assertEquals(200, admin.get("/api/users").status(), "administrators list the users");
    assertEquals(200, admin.get(oneUser).status(), "administrators see one user");
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
