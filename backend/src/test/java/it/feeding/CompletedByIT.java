package it.feeding;

import static it.support.Api.fieldErrors;
import static it.support.Api.id;
import static it.support.Api.object;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import it.support.Tokens;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who fed the animal: a keeper records as the keeper record linked to their user, never as another
 * keeper; an administrator names any keeper.
 */
class CompletedByIT {

  private static final String PASSWORD = "giraffes eat acacia leaves";

  private final Api admin = new Api();
  private final Fixtures fixtures = new Fixtures(admin);

  private long openFeeding() {
    long enclosure = id(fixtures.enclosure(10));
    long animal = id(fixtures.animal(id(fixtures.species()), enclosure));
    return id(fixtures.feeding(animal, "2026-01-01T08:00:00Z"));
  }

  /** A keeper user, signed in through the login, and the keeper record linked to it. */
  private record SignedInKeeper(Api api, long keeperId) {}

  private SignedInKeeper linkedKeeper() {
    String username = "k-" + UUID.randomUUID().toString().substring(0, 8);
    long userId = id(fixtures.user(username, "keeper", PASSWORD));
    long keeper = id(fixtures.keeperOf(userId, List.of()));
    return new SignedInKeeper(admin.anonymous().login(username, PASSWORD), keeper);
  }

  private static String complete(long feeding) {
    return "/api/feedings/" + feeding + "/complete";
  }

  @Test
  void aKeeperRecordsAsThemselvesWithoutNamingAKeeper() {
    SignedInKeeper me = linkedKeeper();
    long feeding = openFeeding();
    Api.Reply done = me.api().post(complete(feeding), object());
    assertEquals(200, done.status(), done::toString);
    assertEquals(me.keeperId(), done.json().getJsonNumber("fedByKeeperId").longValue());
    assertEquals(
        me.keeperId(),
        admin.get("/api/feedings/" + feeding).json().getJsonNumber("fedByKeeperId").longValue(),
        "stored");

    Api.Reply named = me.api().post(complete(openFeeding()), object("keeperId", me.keeperId()));
    assertEquals(200, named.status(), () -> "naming their own keeper is fine: " + named);
    assertEquals(me.keeperId(), named.json().getJsonNumber("fedByKeeperId").longValue());
  }

  @Test
  void aKeeperNamingAnotherKeeperIsRefusedAndNothingChanges() {
    SignedInKeeper me = linkedKeeper();
    long other = id(fixtures.keeper(List.of()));
    long feeding = openFeeding();
    Api.Reply asOther = me.api().post(complete(feeding), object("keeperId", other));
    JsonObject problem = assertProblem(asOther, 403, "/problems/forbidden");
    assertEquals(
        "must be your own keeper record, " + me.keeperId() + ", or absent",
        fieldErrors(asOther).get("keeperId"),
        problem::toString);
    JsonObject after = admin.get("/api/feedings/" + feeding).json();
    assertTrue(after.isNull("fedByKeeperId") && after.isNull("fedAt"), after::toString);
  }

  @Test
  void aKeeperWithoutAKeeperRecordIsToldSo() {
    String username = "k-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.user(username, "keeper", PASSWORD);
    Api unlinked = admin.anonymous().login(username, PASSWORD);
    long keeper = id(fixtures.keeper(List.of()));
    long feeding = openFeeding();
    for (JsonObject body : List.of(object(), object("keeperId", keeper))) {
      JsonObject problem =
          assertProblem(unlinked.post(complete(feeding), body), 403, "/problems/forbidden");
      assertTrue(problem.getString("detail").contains("not linked"), problem::toString);
    }
    // A token that names no user (an identity provider's) is no keeper record either.
    assertProblem(
        admin.withToken(Tokens.valid("keeper")).post(complete(feeding), object("keeperId", keeper)),
        403,
        "/problems/forbidden");
    assertTrue(admin.get("/api/feedings/" + feeding).json().isNull("fedByKeeperId"));
  }

  @Test
  void anAdministratorNamesAnyKeeperAndMustNameOne() {
    SignedInKeeper someone = linkedKeeper();
    long unlinked = id(fixtures.keeper(List.of()));
    long feeding = openFeeding();
    Api.Reply missing = admin.post(complete(feeding), object());
    assertProblem(missing, 400, "/problems/validation");
    assertTrue(fieldErrors(missing).containsKey("keeperId"), missing::toString);

    for (long keeper : List.of(someone.keeperId(), unlinked)) {
      Api.Reply done = admin.post(complete(openFeeding()), object("keeperId", keeper));
      assertEquals(200, done.status(), done::toString);
      assertEquals(keeper, done.json().getJsonNumber("fedByKeeperId").longValue());
    }
  }

  @Test
  void aKeeperFindsTheKeeperRecordTheyCompleteAs() {
    SignedInKeeper me = linkedKeeper();
    Api.Reply mine = me.api().get("/api/keepers/me");
    assertEquals(200, mine.status(), mine::toString);
    assertEquals(me.keeperId(), mine.id());

    String username = "k-" + UUID.randomUUID().toString().substring(0, 8);
    fixtures.user(username, "keeper", PASSWORD);
    Api unlinked = admin.anonymous().login(username, PASSWORD);
    assertEquals(204, unlinked.get("/api/keepers/me").status(), "linked to no keeper record");
    assertEquals(
        204,
        admin.withToken(Tokens.valid("keeper")).get("/api/keepers/me").status(),
        "a token that names no user");
  }

  @Test
  void theDemoKeeperIsLinked() {
    Api demo = admin.anonymous().login("keeper", "zoo-demo-keeper");
    Api.Reply done = demo.post(complete(openFeeding()), object());
    assertEquals(200, done.status(), done::toString);
    long keeper = done.json().getJsonNumber("fedByKeeperId").longValue();
    assertEquals(
        "Bruno Costa", admin.get("/api/keepers/" + keeper).json().getString("fullName"), "demo");
  }
}
