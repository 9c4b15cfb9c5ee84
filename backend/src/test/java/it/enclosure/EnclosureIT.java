package it.enclosure;

import static it.support.Api.fieldErrors;
import static it.support.Api.id;
import static it.support.Api.with;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class EnclosureIT {

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);

  @Test
  void occupancyCountsActiveAnimalsOnly() {
    long speciesId = id(fixtures.species());
    JsonObject enclosure = fixtures.enclosure(10);
    long enclosureId = id(enclosure);
    assertEquals(0, enclosure.getInt("occupancy"));

    fixtures.animal(speciesId, enclosureId);
    JsonObject second = fixtures.animal(speciesId, enclosureId);
    assertEquals(2, api.get("/api/enclosures/" + enclosureId).json().getInt("occupancy"));

    JsonObject transferred = with(second, "status", "TRANSFERRED", "id", null);
    Api.Reply moved = api.put("/api/animals/" + id(second), transferred);
    assertEquals(200, moved.status(), moved::toString);
    assertEquals(1, api.get("/api/enclosures/" + enclosureId).json().getInt("occupancy"));
  }

  @Test
  void capacityCannotDropBelowOccupancy() {
    long speciesId = id(fixtures.species());
    long enclosureId = id(fixtures.enclosure(3));
    fixtures.animal(speciesId, enclosureId);
    fixtures.animal(speciesId, enclosureId);
    JsonObject current = api.get("/api/enclosures/" + enclosureId).json();

    Api.Reply tooSmall = api.put("/api/enclosures/" + enclosureId, with(current, "capacity", 1));
    assertProblem(tooSmall, 409, "/problems/capacity-exceeded");
    assertTrue(fieldErrors(tooSmall).containsKey("capacity"), tooSmall::toString);

    Api.Reply fits = api.put("/api/enclosures/" + enclosureId, with(current, "capacity", 2));
    assertEquals(200, fits.status(), fits::toString);
    assertEquals(2, fits.json().getInt("capacity"));
  }

  @Test
  void capacityAndAreaAreValidated() {
    String name = Fixtures.unique("Pen");
    Api.Reply reply =
        api.post(
            "/api/enclosures",
            with(
                Fixtures.enclosureBody(name, 501),
                "areaSquareMeters",
                new java.math.BigDecimal("0")));
    assertProblem(reply, 400, "/problems/validation");
    var errors = fieldErrors(reply);
    assertEquals("must be between 1 and 500", errors.get("capacity"), errors::toString);
    assertTrue(errors.containsKey("areaSquareMeters"), errors::toString);
    assertProblem(
        api.post("/api/enclosures", with(Fixtures.enclosureBody(name, 5), "habitat", "OCEAN")),
        400,
        "/problems/validation");
  }

  @Test
  void deleteIsRefusedWhileActiveAnimalsLiveThere() {
    long speciesId = id(fixtures.species());
    long enclosureId = id(fixtures.enclosure(4));
    JsonObject animal = fixtures.animal(speciesId, enclosureId);
    long keeperId = id(fixtures.keeper(java.util.List.of(enclosureId)));

    assertProblem(api.delete("/api/enclosures/" + enclosureId), 409, "/problems/in-use");

    long animalId = id(animal);
    Api.Reply deceased =
        api.put("/api/animals/" + animalId, with(animal, "status", "DECEASED", "id", null));
    assertEquals(200, deceased.status(), deceased::toString);
    assertEquals(204, api.delete("/api/enclosures/" + enclosureId).status());

    JsonObject after = api.get("/api/animals/" + animalId).json();
    assertTrue(
        after.isNull("enclosureId"), "the deceased animal no longer names the deleted enclosure");
    assertEquals("DECEASED", after.getString("status"), "the animal itself is kept");
    assertTrue(
        api.get("/api/keepers/" + keeperId).json().getJsonArray("enclosureIds").isEmpty(),
        "keeper assignments to the deleted enclosure are removed");
  }

  @Test
  void listFiltersByHabitatAndRejectsUnknownOnes() {
    fixtures.enclosure(2);
    Api.Reply savanna = api.get("/api/enclosures?habitat=SAVANNA&size=100");
    assertEquals(200, savanna.status(), savanna::toString);
    assertTrue(savanna.items().size() > 0, savanna::toString);
    savanna.items().forEach(e -> assertEquals("SAVANNA", e.asJsonObject().getString("habitat")));
    assertProblem(api.get("/api/enclosures?habitat=OCEAN"), 400, "/problems/validation");
  }
}
