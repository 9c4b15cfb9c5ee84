package it.feeding;

import static it.support.Api.id;
import static it.support.Api.object;
import static it.support.ProblemAssert.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feedings list's filters: enclosure, a keeper's round, who fed, state and days of the zoo's
 * calendar; the fields the Feedings page shows; every bad value a 400 naming its parameter.
 */
class FeedingListIT {

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);

  private long speciesId;
  private long north;
  private long south;
  private long northAnimal;
  private long southAnimal;

  @BeforeEach
  void twoEnclosuresWithAnAnimalEach() {
    speciesId = id(fixtures.species());
    north = id(fixtures.enclosure(5));
    south = id(fixtures.enclosure(5));
    northAnimal = id(fixtures.animal(speciesId, north));
    southAnimal = id(fixtures.animal(speciesId, south));
  }

  private static String inHours(long hours) {
    return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private List<Long> ids(String query) {
    Api.Reply reply = api.get("/api/feedings?size=100&" + query);
    assertEquals(200, reply.status(), reply::toString);
    return reply.items().stream().map(f -> id(f.asJsonObject())).toList();
  }

  private JsonObject complete(long feeding, long keeper) {
    Api.Reply done = api.post("/api/feedings/" + feeding + "/complete", object("keeperId", keeper));
    assertEquals(200, done.status(), done::toString);
    return done.json();
  }

  @Test
  void byEnclosureWithTheEnclosureInTheAnswer() {
    long inNorth = id(fixtures.feeding(northAnimal, inHours(2)));
    long inSouth = id(fixtures.feeding(southAnimal, inHours(2)));
    assertEquals(List.of(inNorth), ids("enclosureId=" + north));
    assertEquals(List.of(inSouth), ids("enclosureId=" + south));

    JsonObject feeding = api.get("/api/feedings/" + inNorth).json();
    assertEquals(north, feeding.getJsonNumber("enclosureId").longValue(), feeding::toString);
    assertEquals(
        api.get("/api/enclosures/" + north).json().getString("name"),
        feeding.getString("enclosureName"));
    assertTrue(feeding.isNull("fedByName"), feeding::toString);
  }

  @Test
  void aKeepersRoundIsTheFeedingsInTheirEnclosures() {
    long inNorth = id(fixtures.feeding(northAnimal, inHours(2)));
    long inSouth = id(fixtures.feeding(southAnimal, inHours(3)));
    long northKeeper = id(fixtures.keeper(List.of(north)));
    long bothKeeper = id(fixtures.keeper(List.of(north, south)));
    long noRound = id(fixtures.keeper(List.of()));

    assertEquals(List.of(inNorth), ids("keeperId=" + northKeeper));
    assertEquals(
        List.of(inNorth),
        ids("keeperId=" + bothKeeper + "&enclosureId=" + north),
        "the round and the enclosure filter combine");
    List<Long> both = ids("keeperId=" + bothKeeper);
    assertTrue(both.containsAll(List.of(inNorth, inSouth)), both::toString);
    assertEquals(List.of(), ids("keeperId=" + noRound), "a keeper without enclosures has no round");
    assertEquals(List.of(), ids("keeperId=987654321"), "an unknown keeper has no round");

    // Whoever fed them: a feeding of the round stays in it when another keeper records it.
    complete(inNorth, noRound);
    assertEquals(List.of(inNorth), ids("keeperId=" + northKeeper));
  }

  @Test
  void whoFedIsFilteredAndNamed() {
    long first = id(fixtures.feeding(northAnimal, inHours(-2)));
    long second = id(fixtures.feeding(northAnimal, inHours(-1)));
    long open = id(fixtures.feeding(northAnimal, inHours(1)));
    JsonObject ada = fixtures.keeper(List.of(north));
    JsonObject bo = fixtures.keeper(List.of());
    JsonObject done = complete(first, id(ada));
    complete(second, id(bo));

    assertEquals(ada.getString("fullName"), done.getString("fedByName"), done::toString);
    assertEquals(List.of(first), ids("fedByKeeperId=" + id(ada)));
    assertEquals(List.of(second), ids("fedByKeeperId=" + id(bo)));
    assertEquals(List.of(), ids("fedByKeeperId=987654321"));
    List<Long> byName = ids("animalId=" + northAnimal + "&state=done&sort=fedByName,desc");
    assertEquals(
        ada.getString("fullName").compareTo(bo.getString("fullName")) > 0
            ? List.of(first, second)
            : List.of(second, first),
        byName,
        "sorted by who fed");
    assertTrue(ids("animalId=" + northAnimal).contains(open));
  }

  @Test
  void statesAreDueOverdueAndDoneAsOfNow() {
    long overdue = id(fixtures.feeding(northAnimal, inHours(-3)));
    long due = id(fixtures.feeding(northAnimal, inHours(3)));
    long done = id(fixtures.feeding(northAnimal, inHours(-5)));
    complete(done, id(fixtures.keeper(List.of(north))));
    String animal = "animalId=" + northAnimal + "&";

    assertEquals(List.of(due), ids(animal + "state=DUE"));
    assertEquals(List.of(overdue), ids(animal + "state=overdue"), "any case");
    assertEquals(List.of(done), ids(animal + "state=Done"));
    assertEquals(List.of(overdue), ids(animal + "due=true"), "the dashboard's due now stays");
    assertEquals(List.of(done, overdue, due), ids(animal + "due=false&sort=scheduledAt,asc"));

    assertEquals("OVERDUE", api.get("/api/feedings/" + overdue).json().getString("state"));
    assertEquals("DUE", api.get("/api/feedings/" + due).json().getString("state"));
    assertEquals("DONE", api.get("/api/feedings/" + done).json().getString("state"));
  }

  @Test
  void daysAreDaysOfTheZoosCalendar() {
    ZoneId zone = ZoneId.of(api.get("/api/info").json().getString("timeZone"));
    LocalDate day = LocalDate.of(2031, 3, 10);
    Instant start = day.atStartOfDay(zone).toInstant();
    Instant next = day.plusDays(1).atStartOfDay(zone).toInstant();
    long dayBefore = id(fixtures.feeding(northAnimal, start.minusSeconds(60).toString()));
    long first = id(fixtures.feeding(northAnimal, start.toString()));
    long last = id(fixtures.feeding(northAnimal, next.minusSeconds(1).toString()));
    long dayAfter = id(fixtures.feeding(northAnimal, next.toString()));
    String animal = "animalId=" + northAnimal + "&sort=scheduledAt,asc&";

    assertEquals(List.of(first, last), ids(animal + "from=" + day + "&to=" + day), "one day");
    assertEquals(List.of(first, last, dayAfter), ids(animal + "from=" + day));
    assertEquals(List.of(dayBefore, first, last), ids(animal + "to=" + day));
    assertEquals(
        List.of(first, last, dayAfter),
        ids(animal + "from=" + day + "&to=" + day.plusDays(6)),
        "a week from that day");
    // The calendar's first and last days are no bounds the databases cannot store.
    assertEquals(
        List.of(dayBefore, first, last, dayAfter), ids(animal + "from=0001-01-01&to=9999-12-31"));
  }

  @Test
  void badValuesAreA400NamingTheParameter() {
    for (String[] bad :
        new String[][] {
          {"enclosureId", "north"},
          {"enclosureId", "0"},
          {"keeperId", "-1"},
          {"keeperId", "1.5"},
          {"fedByKeeperId", "x"},
          {"animalId", "99999999999999999999"},
          {"state", "later"},
          {"due", "yes"},
          {"from", "2026-13-01"},
          {"from", "10000-01-01"},
          {"from", "%2B10000-01-01"},
          {"to", "tomorrow"},
          {"to", "2026-02-30"},
        }) {
      assertInvalid(api.get("/api/feedings?" + bad[0] + "=" + bad[1]), bad[0]);
    }
    assertInvalid(
        api.get("/api/feedings?state=soon"), "state", "must be one of DUE, OVERDUE, DONE");
    assertInvalid(
        api.get("/api/feedings?from=2026-05-02&to=2026-05-01"),
        "to",
        "must not be before from (2026-05-02)");
    String sort = assertInvalid(api.get("/api/feedings?sort=state"), "sort");
    assertTrue(
        sort.contains("enclosureName") && sort.contains("fedByName"), () -> "names them: " + sort);
  }

  @Test
  void sortedByEnclosure() {
    long keeper = id(fixtures.keeper(List.of(north, south)));
    long inNorth = id(fixtures.feeding(northAnimal, inHours(2)));
    long inSouth = id(fixtures.feeding(southAnimal, inHours(2)));
    String northName = api.get("/api/enclosures/" + north).json().getString("name");
    String southName = api.get("/api/enclosures/" + south).json().getString("name");
    List<Long> ascending =
        northName.compareTo(southName) < 0 ? List.of(inNorth, inSouth) : List.of(inSouth, inNorth);
    assertEquals(ascending, ids("keeperId=" + keeper + "&sort=enclosureName,asc"));
    assertEquals(
        List.of(ascending.get(1), ascending.get(0)),
        ids("keeperId=" + keeper + "&sort=enclosureName,desc"));
  }
}
