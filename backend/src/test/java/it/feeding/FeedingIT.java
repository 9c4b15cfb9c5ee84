package it.feeding;

import static it.support.Api.fieldErrors;
import static it.support.Api.id;
import static it.support.Api.with;
import static it.support.ProblemAssert.assertInvalid;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedingIT {

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);
  private long animalId;
  private long keeperId;
  private JsonObject animal;

  @BeforeEach
  void createAnimalAndKeeper() {
    long speciesId = id(fixtures.species());
    long enclosureId = id(fixtures.enclosure(3));
    animal = fixtures.animal(speciesId, enclosureId);
    animalId = id(animal);
    keeperId = id(fixtures.keeper(List.of(enclosureId)));
  }

  @Test
  void dueFeedingsAreUnfedAndScheduledUntilNow() {
    String past =
        Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    String future =
        Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    long due = id(fixtures.feeding(animalId, past));
    long later = id(fixtures.feeding(animalId, future));

    List<Long> dueIds = ids(api.get("/api/feedings?due=true&animalId=" + animalId));
    assertEquals(List.of(due), dueIds, "only the past, unfed feeding is due");
    assertTrue(ids(api.get("/api/feedings?animalId=" + animalId)).containsAll(List.of(due, later)));

    Api.Reply done =
        api.post("/api/feedings/" + due + "/complete", Api.object("keeperId", keeperId));
    assertEquals(200, done.status(), done::toString);
    assertFalse(done.json().isNull("fedAt"), done::toString);
    assertEquals(keeperId, done.json().getJsonNumber("fedByKeeperId").longValue());
    assertTrue(
        ids(api.get("/api/feedings?due=true&animalId=" + animalId)).isEmpty(),
        "completed is not due");

    JsonObject again =
        assertProblem(
            api.post("/api/feedings/" + due + "/complete", Api.object("keeperId", keeperId)),
            409,
            "/problems/conflict");
    assertTrue(again.getString("detail").contains("already completed"), again::toString);
  }

  @Test
  void completedFeedingsAreRecordsNotDrafts() {
    JsonObject feeding = fixtures.feeding(animalId, "2024-05-01T07:30:00Z");
    long id = id(feeding);
    assertEquals(
        200,
        api.post("/api/feedings/" + id + "/complete", Api.object("keeperId", keeperId)).status());
    JsonObject current = api.get("/api/feedings/" + id).json();
    assertProblem(
        api.put("/api/feedings/" + id, with(current, "food", "Carrots", "id", null)),
        409,
        "/problems/conflict");
    assertProblem(api.delete("/api/feedings/" + id), 409, "/problems/conflict");
  }

  @Test
  void completionNeedsAnExistingKeeper() {
    long id = id(fixtures.feeding(animalId, "2024-05-01T07:30:00Z"));
    Api.Reply reply =
        api.post("/api/feedings/" + id + "/complete", Api.object("keeperId", 987654321L));
    assertInvalid(reply, "keeperId");
    assertProblem(
        api.post("/api/feedings/" + id + "/complete", Api.object()), 400, "/problems/validation");
    assertProblem(
        api.post("/api/feedings/987654321/complete", Api.object("keeperId", keeperId)),
        404,
        "/problems/not-found");
  }

  @Test
  void schedulingIsValidatedAndOnlyForActiveAnimals() {
    Api.Reply invalid = api.post("/api/feedings", body("tomorrow", "Hay", 10));
    assertProblem(invalid, 400, "/problems/malformed-body");
    assertTrue(fieldErrors(invalid).containsKey("scheduledAt"), invalid::toString);

    Api.Reply zero = api.post("/api/feedings", body("2024-01-01T00:00:00Z", "", 0));
    assertProblem(zero, 400, "/problems/validation");
    assertEquals(List.of("food", "quantityGrams"), List.copyOf(fieldErrors(zero).keySet()));

    Api.Reply moved =
        api.put(
            "/api/animals/" + animalId,
            with(animal, "status", "TRANSFERRED", "enclosureId", null, "id", null));
    assertEquals(200, moved.status(), moved::toString);
    assertProblem(
        api.post("/api/feedings", body("2024-01-01T00:00:00Z", "Hay", 5)),
        409,
        "/problems/conflict");
  }

  @Test
  void anUnfedFeedingCanBeRescheduledAndDeleted() {
    JsonObject feeding = fixtures.feeding(animalId, "2030-01-01T10:00:00Z");
    long id = id(feeding);
    Api.Reply moved =
        api.put(
            "/api/feedings/" + id,
            with(feeding, "scheduledAt", "2030-01-02T10:00:00Z", "id", null));
    assertEquals(200, moved.status(), moved::toString);
    assertEquals("2030-01-02T10:00:00Z", moved.json().getString("scheduledAt"));
    assertEquals(204, api.delete("/api/feedings/" + id).status());
  }

  private jakarta.json.JsonObject body(String scheduledAt, String food, int grams) {
    return Api.object(
        "animalId", animalId, "scheduledAt", scheduledAt, "food", food, "quantityGrams", grams);
  }

  private static List<Long> ids(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.items().stream().map(f -> id(f.asJsonObject())).toList();
  }
}
