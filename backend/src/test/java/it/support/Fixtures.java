package it.support;

import static it.support.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Creates test data through the API, with unique names so that tests do not collide. */
public final class Fixtures {

  private final Api api;

  public Fixtures(Api api) {
    this.api = api;
  }

  public static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  public static JsonObject speciesBody(String name) {
    return object(
        "commonName",
        name,
        "scientificName",
        name + " scientificus",
        "conservationStatus",
        "LC",
        "diet",
        "HERBIVORE");
  }

  public static JsonObject enclosureBody(String name, int capacity) {
    return object(
        "name",
        name,
        "habitat",
        "SAVANNA",
        "capacity",
        capacity,
        "areaSquareMeters",
        new BigDecimal("1200.50"));
  }

  public static JsonObject animalBody(String name, long speciesId, Long enclosureId) {
    return object(
        "name", name,
        "speciesId", speciesId,
        "enclosureId", enclosureId,
        "sex", "FEMALE",
        "dateOfBirth", "2019-05-01",
        "arrivalDate", "2020-01-15",
        "status", "ACTIVE");
  }

  /** A feeding of hay: {@code scheduledAt} an ISO-8601 instant, {@code grams} the quantity. */
  public static JsonObject feedingBody(long animalId, String scheduledAt, int grams) {
    return object(
        "animalId", animalId, "scheduledAt", scheduledAt, "food", "Hay", "quantityGrams", grams);
  }

  public static JsonObject keeperBody(String name, List<Long> enclosureIds) {
    return object(
        "fullName",
        name,
        "email",
        name.replace(' ', '.').toLowerCase() + "@zoo.test",
        "hiredOn",
        "2021-03-01",
        "enclosureIds",
        enclosureIds);
  }

  public JsonObject species() {
    return created(api.post("/api/species", speciesBody(unique("Species"))));
  }

  public JsonObject enclosure(int capacity) {
    return created(api.post("/api/enclosures", enclosureBody(unique("Enclosure"), capacity)));
  }

  public JsonObject animal(long speciesId, long enclosureId) {
    return created(api.post("/api/animals", animalBody(unique("Animal"), speciesId, enclosureId)));
  }

  public JsonObject keeper(List<Long> enclosureIds) {
    return created(api.post("/api/keepers", keeperBody(unique("Keeper"), enclosureIds)));
  }

  /** A keeper record linked to the sign-in user {@code userId}: that user completes as it. */
  public JsonObject keeperOf(long userId, List<Long> enclosureIds) {
    return created(
        api.post(
            "/api/keepers",
            Api.with(keeperBody(unique("Keeper"), enclosureIds), "userId", userId)));
  }

  public JsonObject feeding(long animalId, String scheduledAt) {
    return created(api.post("/api/feedings", feedingBody(animalId, scheduledAt, 2500)));
  }

  /** A user of the built-in login (the API needs an administrator's token for it). */
  public JsonObject user(String username, String role, String password) {
    return created(
        api.post("/api/users", object("username", username, "role", role, "password", password)));
  }

  /** A user with a unique name and a throw-away password. */
  public JsonObject user(String role) {
    return user("user-" + UUID.randomUUID().toString().substring(0, 8), role, "initial-password-1");
  }

  private static JsonObject created(Api.Reply reply) {
    assertEquals(201, reply.status(), () -> "create failed: " + reply);
    return reply.json();
  }
}
