package it.keeper;

import static it.support.Api.fieldErrors;
import static it.support.Api.id;
import static it.support.Api.with;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Administrators link a keeper record to the sign-in user who is that keeper ({@code userId}): one
 * keeper per user, gone with the user or the keeper.
 */
class KeeperUserLinkIT {

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);

  private JsonObject linkedKeeper(long userId) {
    Api.Reply created =
        api.post(
            "/api/keepers",
            with(Fixtures.keeperBody(Fixtures.unique("Linked"), List.of()), "userId", userId));
    assertEquals(201, created.status(), created::toString);
    return created.json();
  }

  @Test
  void aKeeperNamesItsUserAndUnlinksWithNull() {
    JsonObject plain = fixtures.keeper(List.of());
    assertTrue(plain.containsKey("userId") && plain.isNull("userId"), plain::toString);

    long user = id(fixtures.user("keeper"));
    JsonObject keeper = linkedKeeper(user);
    assertEquals(user, keeper.getJsonNumber("userId").longValue(), keeper::toString);
    assertEquals(
        user,
        api.get("/api/keepers/" + id(keeper)).json().getJsonNumber("userId").longValue(),
        "read back");

    Api.Reply unlinked =
        api.put("/api/keepers/" + id(keeper), with(keeper, "userId", JsonValue.NULL));
    assertEquals(200, unlinked.status(), unlinked::toString);
    assertTrue(unlinked.json().isNull("userId"), unlinked::toString);
    assertTrue(
        unlinked.json().getJsonNumber("version").longValue()
            > keeper.getJsonNumber("version").longValue(),
        () -> "a changed link is a new version: " + unlinked);

    Api.Reply relinked =
        api.put("/api/keepers/" + id(keeper), with(unlinked.json(), "userId", user));
    assertEquals(200, relinked.status(), relinked::toString);
    assertEquals(user, relinked.json().getJsonNumber("userId").longValue());
    Api.Reply omitted =
        api.put("/api/keepers/" + id(keeper), with(relinked.json(), "userId", null));
    assertEquals(200, omitted.status(), omitted::toString);
    assertTrue(omitted.json().isNull("userId"), "a full update without userId unlinks");
  }

  @Test
  void anUnknownUserIsA400NamingUserId() {
    Api.Reply reply =
        api.post(
            "/api/keepers",
            with(Fixtures.keeperBody(Fixtures.unique("Nobody"), List.of()), "userId", 987654321L));
    assertProblem(reply, 400, "/problems/validation");
    assertEquals("user 987654321 does not exist", fieldErrors(reply).get("userId"));
  }

  @Test
  void aUserIsOneKeeperAtMost() {
    long user = id(fixtures.user("keeper"));
    JsonObject first = linkedKeeper(user);

    Api.Reply second =
        api.post(
            "/api/keepers",
            with(Fixtures.keeperBody(Fixtures.unique("Second"), List.of()), "userId", user));
    assertProblem(second, 409, "/problems/already-exists");
    assertEquals("is already used by keeper " + id(first), fieldErrors(second).get("userId"));

    JsonObject other = fixtures.keeper(List.of());
    Api.Reply moved = api.put("/api/keepers/" + id(other), with(other, "userId", user));
    assertProblem(moved, 409, "/problems/already-exists");
    assertTrue(api.get("/api/keepers/" + id(other)).json().isNull("userId"), "nothing changed");

    Api.Reply same = api.put("/api/keepers/" + id(first), first);
    assertEquals(200, same.status(), () -> "its own link is no conflict: " + same);
  }

  @Test
  void deletingTheUserOrTheKeeperRemovesTheLink() {
    long user = id(fixtures.user("keeper"));
    JsonObject keeper = linkedKeeper(user);
    assertEquals(204, api.delete("/api/users/" + user).status());
    JsonObject after = api.get("/api/keepers/" + id(keeper)).json();
    assertTrue(after.isNull("userId"), after::toString);

    long again = id(fixtures.user("keeper"));
    JsonObject gone = linkedKeeper(again);
    assertEquals(204, api.delete("/api/keepers/" + id(gone)).status());
    JsonObject reused = linkedKeeper(again);
    assertEquals(again, reused.getJsonNumber("userId").longValue(), "the user is free again");
  }
}
