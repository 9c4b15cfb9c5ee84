package it.web;

import static it.support.Api.fieldErrors;
import static it.support.Api.id;
import static it.support.Api.object;
import static it.support.ProblemAssert.assertInvalid;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The issue's inputs over HTTP: numbers that used to be wrapped or truncated (capacity 4294967298
 * stored as 2, speciesId 18446744073709551617 linked to species 1...) are 400s naming the field, in
 * every body field and query parameter, and nothing is created.
 */
class StrictValuesIT {

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);

  /** A body posted to {@code path}, with its 32-bit ({@code ints}) and 64-bit number fields. */
  record Body(String path, Supplier<JsonObject> body, List<String> ints, List<String> longs) {}

  private List<Body> bodies() {
    long species = id(fixtures.species());
    long enclosure = id(fixtures.enclosure(10));
    long animal = id(fixtures.animal(species, enclosure));
    long feeding = id(fixtures.feeding(animal, "2026-12-01T08:00:00Z"));
    return List.of(
        new Body(
            "/api/enclosures",
            () -> Fixtures.enclosureBody(Fixtures.unique("Strict"), 5),
            List.of("capacity"),
            List.of("version")),
        new Body(
            "/api/feedings",
            () -> Fixtures.feedingBody(animal, "2026-12-01T08:00:00Z", 100),
            List.of("quantityGrams"),
            List.of("animalId", "version")),
        new Body(
            "/api/animals",
            () -> Fixtures.animalBody(Fixtures.unique("Strict"), species, enclosure),
            List.of(),
            List.of("speciesId", "enclosureId", "version")),
        new Body(
            "/api/keepers",
            () -> Fixtures.keeperBody(Fixtures.unique("Strict"), List.of(enclosure)),
            List.of(),
            List.of("enclosureIds", "userId", "version")),
        new Body(
            "/api/species",
            () -> Fixtures.speciesBody(Fixtures.unique("Strict")),
            List.of(),
            List.of("version")),
        new Body(
            "/api/users",
            () ->
                object("username", "strict-user", "role", "viewer", "password", "long-password-1"),
            List.of(),
            List.of("version")),
        new Body(
            "/api/feedings/" + feeding + "/complete",
            () -> object("keeperId", 1),
            List.of(),
            List.of("keeperId")));
  }

  /** The body with the field's value replaced by raw JSON text (a list field gets [value]). */
  private static String withRaw(JsonObject body, String field, String raw) {
    JsonObject placeholder = Api.with(body, field, "@@");
    String value = field.equals("enclosureIds") ? "[" + raw + "]" : raw;
    return placeholder.toString().replace("\"@@\"", value);
  }

  @Test
  void everyNumericBodyFieldRefusesWhatItCannotHoldExactly() {
    for (Body target : bodies()) {
      for (String field : Stream.concat(target.ints().stream(), target.longs().stream()).toList()) {
        boolean isInt = target.ints().contains(field);
        String over = isInt ? "4294967298" : "18446744073709551617";
        String under = isInt ? "-4294967295" : "-18446744073709551617";
        for (String raw : new String[] {"1.5", over, under, "\"5\""}) {
          String body = withRaw(target.body().get(), field, raw);
          Api.Reply reply = api.postRaw(target.path(), body, "application/json");
          assertProblem(reply, 400, "/problems/malformed-body");
          assertTrue(
              fieldErrors(reply).containsKey(field),
              () -> target.path() + " " + field + "=" + raw + ": " + reply);
        }
      }
    }
  }

  @Test
  void theIssuesInputsCreateNothing() {
    long species = id(fixtures.species());
    long enclosure = id(fixtures.enclosure(10));
    long animal = id(fixtures.animal(species, enclosure));
    int enclosures = api.get("/api/enclosures?size=1").json().getInt("totalItems");
    for (String capacity : new String[] {"4294967298", "1.5", "-4294967295"}) {
      Api.Reply reply =
          api.postRaw(
              "/api/enclosures",
              withRaw(Fixtures.enclosureBody(Fixtures.unique("E"), 5), "capacity", capacity),
              "application/json");
      assertProblem(reply, 400, null);
      assertEquals(
          capacity.contains(".")
              ? "must be a whole number"
              : "must be between -2147483648 and 2147483647",
          fieldErrors(reply).get("capacity"));
    }
    assertEquals(
        enclosures,
        api.get("/api/enclosures?size=1").json().getInt("totalItems"),
        "no enclosure created");

    int feedings =
        api.get("/api/animals/" + animal + "/feedings?size=1").json().getInt("totalItems");
    Api.Reply grams =
        api.postRaw(
            "/api/feedings",
            withRaw(
                Fixtures.feedingBody(animal, "2026-12-01T08:00:00Z", 1),
                "quantityGrams",
                "4294967396"),
            "application/json");
    assertProblem(grams, 400, null);
    assertEquals(
        feedings,
        api.get("/api/animals/" + animal + "/feedings?size=1").json().getInt("totalItems"));

    int animals = api.get("/api/animals?size=1").json().getInt("totalItems");
    Api.Reply speciesId =
        api.postRaw(
            "/api/animals",
            withRaw(
                Fixtures.animalBody(Fixtures.unique("A"), species, enclosure),
                "speciesId",
                "18446744073709551617"),
            "application/json");
    assertProblem(speciesId, 400, null);
    assertTrue(fieldErrors(speciesId).containsKey("speciesId"), speciesId::toString);
    assertEquals(animals, api.get("/api/animals?size=1").json().getInt("totalItems"));
  }

  @Test
  void numericQueryParametersFollowTheSameRules() {
    String[][] cases = {
      {"/api/animals?speciesId=18446744073709551617", "speciesId"},
      {"/api/animals?enclosureId=1.5", "enclosureId"},
      {"/api/keepers?enclosureId=-4294967295", "enclosureId"},
      {"/api/feedings?animalId=x", "animalId"},
      {"/api/species?page=1.5", "page"},
      {"/api/species?size=4294967298", "size"},
      {"/api/users?page=%2B1", "page"},
    };
    for (String[] c : cases) {
      assertInvalid(api.get(c[0]), c[1]);
    }
    assertProblem(api.get("/api/animals/18446744073709551617"), 404, "/problems/not-found");
  }

  @Test
  void instantsNeedAnOffsetAndAtMostMicroseconds() {
    long species = id(fixtures.species());
    long enclosure = id(fixtures.enclosure(10));
    long animal = id(fixtures.animal(species, enclosure));
    for (String at :
        new String[] {"\"2026-03-29T02:30:00\"", "\"2026-03-29T02:30:00.1234567Z\"", "12"}) {
      Api.Reply reply =
          api.postRaw(
              "/api/feedings",
              withRaw(
                  object("animalId", animal, "food", "Hay", "quantityGrams", 10, "scheduledAt", 1),
                  "scheduledAt",
                  at),
              "application/json");
      assertProblem(reply, 400, "/problems/malformed-body");
      assertTrue(fieldErrors(reply).containsKey("scheduledAt"), reply::toString);
    }
  }
}
