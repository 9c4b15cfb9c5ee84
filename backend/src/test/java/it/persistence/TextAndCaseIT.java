package it.persistence;

import static it.support.Api.id;
import static it.support.Api.object;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Text is stored exactly and names follow one rule of case, whatever the database: on SQL Server a
 * string bound as varchar loses every character outside the database's code page ("?"), and its
 * default collation compares without case. Run against SQL Server by the build's profile
 * it-sqlserver (docs/testing.md), on H2 in every build.
 */
class TextAndCaseIT {

  /**
   * Characters outside Windows-1252: an emoji (a surrogate pair in UTF-16), CJK, Hebrew and Arabic
   * (right to left), and an e followed by a combining diaeresis (two code points, kept as two).
   */
  static final String OUTSIDE_LATIN_1 =
      "\uD83E\uDD81 \u718A\u732B \u05D0\u05E8\u05D9\u05D4 \u0623\u0633\u062F Zoe\u0308";

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);

  private static String text(String prefix) {
    return prefix + " " + OUTSIDE_LATIN_1 + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void everyTextColumnKeepsTextOutsideLatin1ByteForByte() {
    JsonObject species =
        roundTrip(
            "/api/species",
            object(
                "commonName",
                text("Lion"),
                "scientificName",
                text("Panthera"),
                "conservationStatus",
                "VU",
                "diet",
                "CARNIVORE"),
            "commonName",
            "scientificName");
    JsonObject enclosure =
        roundTrip(
            "/api/enclosures",
            Api.with(Fixtures.enclosureBody("x", 5), "name", text("Savanna")),
            "name");
    JsonObject animal =
        roundTrip(
            "/api/animals",
            Api.with(
                Fixtures.animalBody(text("Leo"), id(species), id(enclosure)),
                "notes",
                text("Notes") + "\nsecond line"),
            "name",
            "notes");
    roundTrip(
        "/api/keepers",
        object(
            "fullName",
            text("Keeper"),
            "email",
            "\u738B" + UUID.randomUUID().toString().substring(0, 8) + "@zoo.test",
            "hiredOn",
            "2021-03-01",
            "enclosureIds",
            List.of(id(enclosure))),
        "fullName",
        "email");
    roundTrip(
        "/api/feedings",
        object(
            "animalId",
            id(animal),
            "scheduledAt",
            "2030-01-01T08:00:00Z",
            "food",
            text("Food"),
            "quantityGrams",
            100),
        "food");
  }

  /**
   * POSTs, then GETs by id and compares the fields' UTF-8 bytes; finds it by the first field
   * through the list's search where the list has one.
   */
  private JsonObject roundTrip(String path, JsonObject body, String... fields) {
    Api.Reply created = api.post(path, body);
    assertEquals(201, created.status(), created::toString);
    JsonObject stored = api.get(path + "/" + id(created.json())).json();
    for (String field : fields) {
      assertArrayEquals(
          body.getString(field).getBytes(StandardCharsets.UTF_8),
          stored.getString(field).getBytes(StandardCharsets.UTF_8),
          () -> path + " " + field + " read back as " + stored.getString(field));
    }
    if (List.of("/api/species", "/api/animals", "/api/keepers").contains(path)) {
      String q = body.getString(fields[0]);
      Api.Reply found = api.get(path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertEquals(200, found.status(), found::toString);
      assertEquals(1, found.items().size(), () -> "search for " + q + ": " + found);
    }
    return stored;
  }

  @Test
  void namesThatDifferOnlyOutsideLatin1AreDifferentNames() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    for (String name : List.of("\uD83E\uDD81 " + suffix, "\uD83D\uDC2F " + suffix)) {
      Api.Reply created = api.post("/api/species", Fixtures.speciesBody(name));
      assertEquals(201, created.status(), () -> name + ": " + created);
    }
  }

  @Test
  void namesAreUniqueWithoutRegardToCase() {
    String name = Fixtures.unique("Okapi");
    assertEquals(201, api.post("/api/species", Fixtures.speciesBody(name)).status());
    assertProblem(
        api.post("/api/species", Fixtures.speciesBody(name.toUpperCase())),
        409,
        "/problems/already-exists");
    String enclosure = Fixtures.unique("Pond");
    assertEquals(201, api.post("/api/enclosures", Fixtures.enclosureBody(enclosure, 3)).status());
    assertProblem(
        api.post("/api/enclosures", Fixtures.enclosureBody(enclosure.toLowerCase(), 3)),
        409,
        "/problems/already-exists");
  }

  @Test
  void userNamesAreUniqueWithoutRegardToCaseAndSignInInAnyCase() {
    String username = "Keeper-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.user(username, "keeper", "initial-password-1");
    Api.Reply duplicate =
        api.post(
            "/api/users",
            object(
                "username",
                username.toUpperCase(),
                "role",
                "viewer",
                "password",
                "initial-password-1"));
    assertProblem(duplicate, 409, "/problems/already-exists");

    Api.Reply signedIn =
        api.anonymous()
            .post(
                "/api/auth/login",
                object("username", username.toUpperCase(), "password", "initial-password-1"));
    assertEquals(200, signedIn.status(), signedIn::toString);
    assertEquals(
        username,
        signedIn.json().getString("username"),
        "the token is for the user as stored, whatever case was typed");
    assertTrue(signedIn.json().getString("role").equalsIgnoreCase("keeper"), signedIn::toString);
  }
}
