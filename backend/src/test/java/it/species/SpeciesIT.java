package it.species;

import static it.support.Api.fieldErrors;
import static it.support.Api.id;
import static it.support.Api.with;
import static it.support.ProblemAssert.assertInvalid;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class SpeciesIT {

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);

  @Test
  void createReturns201WithLocationAndBody() {
    String name = Fixtures.unique("Okapi");
    Api.Reply reply = api.post("/api/species", Fixtures.speciesBody(name));
    assertEquals(201, reply.status(), reply::toString);
    JsonObject body = reply.json();
    assertEquals(name, body.getString("commonName"));
    assertEquals("LC", body.getString("conservationStatus"));
    assertNotNull(reply.header("Location"), "Location header");
    assertTrue(
        reply.header("Location").endsWith("/api/species/" + id(body)),
        () -> "Location points at the new species: " + reply.header("Location"));
    Api.Reply fetched = api.get("/api/species/" + id(body));
    assertEquals(200, fetched.status(), fetched::toString);
    assertEquals(body, fetched.json(), "GET returns what POST returned");
  }

  @Test
  void updateNeedsTheCurrentVersion() {
    JsonObject species = fixtures.species();
    long id = id(species);
    JsonObject change = with(species, "diet", "OMNIVORE", "id", null);

    Api.Reply updated = api.put("/api/species/" + id, change);
    assertEquals(200, updated.status(), updated::toString);
    assertEquals("OMNIVORE", updated.json().getString("diet"));
    assertTrue(
        updated.json().getInt("version") > species.getInt("version"),
        "version increases on update");

    Api.Reply stale = api.put("/api/species/" + id, with(change, "diet", "CARNIVORE"));
    assertProblem(stale, 409, "/problems/stale-version");
    assertEquals(
        "OMNIVORE",
        api.get("/api/species/" + id).json().getString("diet"),
        "stale write lost nothing");

    Api.Reply noVersion = api.put("/api/species/" + id, with(change, "version", null));
    assertInvalid(noVersion, "version");
  }

  @Test
  void namesAreUniqueIgnoringCase() {
    JsonObject species = fixtures.species();
    Api.Reply duplicate =
        api.post(
            "/api/species", Fixtures.speciesBody(species.getString("commonName").toUpperCase()));
    JsonObject problem = assertProblem(duplicate, 409, "/problems/already-exists");
    assertTrue(fieldErrors(duplicate).containsKey("commonName"), problem::toString);
  }

  @Test
  void validationNamesEveryInvalidField() {
    Api.Reply reply =
        api.post(
            "/api/species",
            Api.object("commonName", " ", "conservationStatus", "XX", "diet", "HERBIVORE"));
    assertProblem(reply, 400, "/problems/validation");
    var errors = fieldErrors(reply);
    assertTrue(errors.containsKey("commonName"), errors::toString);
    assertTrue(errors.containsKey("scientificName"), errors::toString);
    assertTrue(errors.get("conservationStatus").contains("LC"), errors::toString);
  }

  @Test
  void deletingASpeciesWithAnimalsIsAConflict() {
    JsonObject species = fixtures.species();
    long speciesId = id(species);
    JsonObject enclosure = fixtures.enclosure(5);
    fixtures.animal(speciesId, id(enclosure));

    JsonObject problem =
        assertProblem(api.delete("/api/species/" + speciesId), 409, "/problems/in-use");
    assertTrue(problem.getString("detail").contains("1 animal"), problem::toString);

    JsonObject unused = fixtures.species();
    long unusedId = id(unused);
    assertEquals(204, api.delete("/api/species/" + unusedId).status());
    assertProblem(api.get("/api/species/" + unusedId), 404, "/problems/not-found");
  }

  @Test
  void listFiltersSortsAndPages() {
    String marker = Fixtures.unique("Listable");
    for (String suffix : new String[] {"b", "a", "c"}) {
      assertEquals(201, api.post("/api/species", Fixtures.speciesBody(marker + suffix)).status());
    }
    String q = marker.replace(' ', '+');
    Api.Reply page = api.get("/api/species?q=" + q + "&sort=commonName,desc&size=2&page=0");
    assertEquals(200, page.status(), page::toString);
    JsonObject body = page.json();
    assertEquals(3, body.getInt("totalItems"), page::toString);
    assertEquals(2, body.getInt("totalPages"));
    assertEquals(2, body.getInt("size"));
    assertEquals(marker + "c", page.items().getJsonObject(0).getString("commonName"));
    assertEquals(marker + "b", page.items().getJsonObject(1).getString("commonName"));
    Api.Reply second = api.get("/api/species?q=" + q + "&sort=commonName,desc&size=2&page=1");
    assertEquals(1, second.items().size(), second::toString);
    assertEquals(marker + "a", second.items().getJsonObject(0).getString("commonName"));
  }

  @Test
  void demoDataIsServedOnTheEmbeddedDatabase() {
    Api.Reply reply = api.get("/api/species?q=lion");
    assertEquals(200, reply.status(), reply::toString);
    assertTrue(
        reply.items().stream()
            .anyMatch(s -> s.asJsonObject().getString("scientificName").equals("Panthera leo")),
        reply::toString);
  }
}
