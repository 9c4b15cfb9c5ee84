package it.animal;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnimalIT {

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);
  private long speciesId;
  private JsonObject species;
  private long enclosureId;

  @BeforeEach
  void createSpeciesAndEnclosure() {
    species = fixtures.species();
    speciesId = id(species);
    enclosureId = id(fixtures.enclosure(5));
  }

  @Test
  void createReturnsTheAnimalWithNames() {
    String name = Fixtures.unique("Kiki");
    Api.Reply reply = api.post("/api/animals", Fixtures.animalBody(name, speciesId, enclosureId));
    assertEquals(201, reply.status(), reply::toString);
    JsonObject animal = reply.json();
    assertEquals(name, animal.getString("name"));
    assertEquals(species.getString("commonName"), animal.getString("speciesName"));
    assertEquals(enclosureId, animal.getJsonNumber("enclosureId").longValue());
    assertTrue(reply.header("Location").endsWith("/api/animals/" + animal.getJsonNumber("id")));
    assertTrue(animal.containsKey("notes"), "absent values are null, not missing: " + animal);
  }

  @Test
  void rulesAcrossFieldsAreFieldErrors() {
    String tomorrow = LocalDate.now().plusDays(2).toString();
    JsonObject body = Fixtures.animalBody(Fixtures.unique("Rule"), speciesId, null);
    Api.Reply reply =
        api.post("/api/animals", with(body, "dateOfBirth", tomorrow, "arrivalDate", tomorrow));
    assertProblem(reply, 400, "/problems/validation");
    var errors = fieldErrors(reply);
    assertEquals("must not be in the future", errors.get("dateOfBirth"), errors::toString);
    assertEquals("must not be in the future", errors.get("arrivalDate"), errors::toString);

    Api.Reply noEnclosure = api.post("/api/animals", body);
    assertInvalid(noEnclosure, "enclosureId", "is required for an ACTIVE animal");

    Api.Reply bornAfterArrival =
        api.post(
            "/api/animals",
            with(
                body,
                "enclosureId",
                enclosureId,
                "dateOfBirth",
                "2021-01-02",
                "arrivalDate",
                "2021-01-01"));
    assertInvalid(bornAfterArrival, "dateOfBirth");

    Api.Reply unknownSpecies =
        api.post("/api/animals", with(body, "speciesId", 987654321L, "enclosureId", enclosureId));
    assertTrue(assertInvalid(unknownSpecies, "speciesId").contains("does not exist"));

    Api.Reply transferredWithoutEnclosure =
        api.post("/api/animals", with(body, "status", "TRANSFERRED"));
    assertEquals(201, transferredWithoutEnclosure.status(), transferredWithoutEnclosure::toString);
  }

  @Test
  void listFiltersByNameSpeciesEnclosureAndStatus() {
    String marker = Fixtures.unique("Filter");
    for (String n : new String[] {"Alpha", "Beta", "Gamma"}) {
      assertEquals(
          201,
          api.post("/api/animals", Fixtures.animalBody(marker + n, speciesId, enclosureId))
              .status());
    }
    JsonObject inactive =
        Api.object(
            "name",
            marker + "Delta",
            "speciesId",
            speciesId,
            "sex",
            "MALE",
            "arrivalDate",
            "2020-01-01",
            "status",
            "DECEASED");
    assertEquals(201, api.post("/api/animals", inactive).status());

    Api.Reply bySpecies = api.get("/api/animals?speciesId=" + speciesId + "&sort=name,desc");
    assertEquals(4, bySpecies.json().getInt("totalItems"), bySpecies::toString);
    assertEquals(marker + "Gamma", bySpecies.items().getJsonObject(0).getString("name"));

    Api.Reply active = api.get("/api/animals?speciesId=" + speciesId + "&status=ACTIVE");
    assertEquals(3, active.json().getInt("totalItems"), active::toString);

    Api.Reply byEnclosure =
        api.get("/api/animals?enclosureId=" + enclosureId + "&size=2&page=1&sort=name,asc");
    assertEquals(3, byEnclosure.json().getInt("totalItems"), byEnclosure::toString);
    assertEquals(2, byEnclosure.json().getInt("totalPages"));
    assertEquals(marker + "Gamma", byEnclosure.items().getJsonObject(0).getString("name"));

    String q = (marker + "bet").toLowerCase().replace(' ', '+');
    Api.Reply byName = api.get("/api/animals?q=" + q);
    assertEquals(1, byName.json().getInt("totalItems"), byName::toString);

    Api.Reply bySpeciesName =
        api.get("/api/animals?speciesId=" + speciesId + "&sort=enclosureName,asc");
    assertEquals(
        200, bySpeciesName.status(), "sorting by a joined name works, also with null enclosures");
    assertEquals(4, bySpeciesName.items().size(), bySpeciesName::toString);

    assertProblem(api.get("/api/animals?status=SLEEPING"), 400, "/problems/validation");
    assertProblem(api.get("/api/animals?speciesId=abc"), 400, "/problems/validation");
  }

  @Test
  void searchTreatsWildcardsLiterally() {
    String marker = Fixtures.unique("Wild");
    String name = marker + " 100%_sure";
    assertEquals(
        201, api.post("/api/animals", Fixtures.animalBody(name, speciesId, enclosureId)).status());
    Api.Reply percent = api.get("/api/animals?speciesId=" + speciesId + "&q=%25");
    assertEquals(
        1, percent.json().getInt("totalItems"), "only the name with a % in it: " + percent);
    Api.Reply underscore = api.get("/api/animals?q=" + marker.replace(' ', '+') + "+100%25_");
    assertEquals(1, underscore.json().getInt("totalItems"), underscore::toString);
    Api.Reply none = api.get("/api/animals?speciesId=" + speciesId + "&q=_x_");
    assertEquals(0, none.json().getInt("totalItems"), "_ is not a wildcard: " + none);
  }

  @Test
  void movingIntoAFullEnclosureIsAConflict() {
    long full = id(fixtures.enclosure(1));
    fixtures.animal(speciesId, full);
    JsonObject mover = fixtures.animal(speciesId, enclosureId);

    Api.Reply reply =
        api.put("/api/animals/" + id(mover), with(mover, "enclosureId", full, "id", null));
    JsonObject problem = assertProblem(reply, 409, "/problems/capacity-exceeded");
    assertTrue(problem.getString("detail").contains("1 of 1"), problem::toString);
    assertEquals(
        enclosureId,
        api.get("/api/animals/" + id(mover)).json().getJsonNumber("enclosureId").longValue(),
        "the animal stays where it was");

    Api.Reply stays =
        api.put("/api/animals/" + id(mover), with(mover, "notes", "still here", "id", null));
    assertEquals(
        200, stays.status(), "an update that does not move the animal needs no room: " + stays);
  }

  @Test
  void deleteAndFeedingHistory() {
    JsonObject animal = fixtures.animal(speciesId, enclosureId);
    long id = id(animal);
    fixtures.feeding(
        id, Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS).toString());

    Api.Reply history = api.get("/api/animals/" + id + "/feedings");
    assertEquals(200, history.status(), history::toString);
    assertEquals(1, history.json().getInt("totalItems"));
    assertProblem(api.get("/api/animals/987654321/feedings"), 404, "/problems/not-found");

    assertProblem(api.delete("/api/animals/" + id), 409, "/problems/in-use");
    long plain = id(fixtures.animal(speciesId, enclosureId));
    assertEquals(204, api.delete("/api/animals/" + plain).status());
    assertProblem(api.get("/api/animals/" + plain), 404, "/problems/not-found");
    assertProblem(api.delete("/api/animals/" + plain), 404, "/problems/not-found");
  }
}
