package it.keeper;

import static it.support.Api.fieldErrors;
import static it.support.Api.id;
import static it.support.Api.with;
import static it.support.ProblemAssert.assertInvalid;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeeperIT {

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);

  @Test
  void keepersLookAfterEnclosures() {
    long a = id(fixtures.enclosure(2));
    long b = id(fixtures.enclosure(2));
    JsonObject keeper = fixtures.keeper(List.of(b, a));
    assertEquals(
        List.of(Math.min(a, b), Math.max(a, b)),
        keeper.getJsonArray("enclosureIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
            .map(jakarta.json.JsonNumber::longValue)
            .toList());
    long id = id(keeper);

    Api.Reply byEnclosure = api.get("/api/keepers?enclosureId=" + a);
    assertTrue(
        byEnclosure.items().stream().anyMatch(k -> id(k.asJsonObject()) == id),
        byEnclosure::toString);

    Api.Reply reassigned =
        api.put("/api/keepers/" + id, with(keeper, "enclosureIds", List.of(a), "id", null));
    assertEquals(200, reassigned.status(), reassigned::toString);
    assertEquals(1, reassigned.json().getJsonArray("enclosureIds").size());
  }

  @Test
  void emailIsValidatedAndUnique() {
    JsonObject keeper = fixtures.keeper(List.of());
    Api.Reply invalid =
        api.post(
            "/api/keepers",
            with(Fixtures.keeperBody(Fixtures.unique("K"), List.of()), "email", "not-an-email"));
    assertInvalid(invalid, "email", "must be a valid email address");

    Api.Reply duplicate =
        api.post(
            "/api/keepers",
            with(
                Fixtures.keeperBody(Fixtures.unique("K"), List.of()),
                "email",
                keeper.getString("email").toUpperCase()));
    assertProblem(duplicate, 409, "/problems/already-exists");
    assertTrue(fieldErrors(duplicate).containsKey("email"));
  }

  @Test
  void unknownEnclosuresAreNamedByPosition() {
    long a = id(fixtures.enclosure(2));
    Api.Reply reply =
        api.post("/api/keepers", Fixtures.keeperBody(Fixtures.unique("K"), List.of(a, 987654321L)));
    assertInvalid(reply, "enclosureIds[1]");
  }

  @Test
  void aKeeperWhoFedAnimalsIsKept() {
    long speciesId = id(fixtures.species());
    long enclosureId = id(fixtures.enclosure(2));
    long animalId = id(fixtures.animal(speciesId, enclosureId));
    long keeperId = id(fixtures.keeper(List.of(enclosureId)));
    long feedingId = id(fixtures.feeding(animalId, "2020-01-01T08:00:00Z"));
    assertEquals(
        200,
        api.post("/api/feedings/" + feedingId + "/complete", Api.object("keeperId", keeperId))
            .status());

    assertProblem(api.delete("/api/keepers/" + keeperId), 409, "/problems/in-use");
    long other = id(fixtures.keeper(List.of()));
    assertEquals(204, api.delete("/api/keepers/" + other).status());
  }
}
