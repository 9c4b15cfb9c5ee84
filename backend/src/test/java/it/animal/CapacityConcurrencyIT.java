package it.animal;

import static it.support.Api.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An enclosure never holds more ACTIVE animals than its capacity, even under parallel writes. */
class CapacityConcurrencyIT {

  private static final int PARALLEL = 24;

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);

  @Test
  void parallelCreatesNeverOverfillAnEnclosure() throws Exception {
    long speciesId = id(fixtures.species());
    int capacity = 5;
    long enclosureId = id(fixtures.enclosure(capacity));

    List<Integer> statuses =
        inParallel(
            i ->
                api.post(
                    "/api/animals",
                    Fixtures.animalBody("Racer " + i + " " + enclosureId, speciesId, enclosureId)));

    assertOnlyCreatedOrConflict(statuses);
    long created = statuses.stream().filter(s -> s == 201).count();
    assertEquals(capacity, created, "exactly the free places are taken: " + count(statuses));
    assertEquals(capacity, occupancy(enclosureId));
  }

  @Test
  void parallelMovesNeverOverfillAnEnclosure() throws Exception {
    long speciesId = id(fixtures.species());
    long target = id(fixtures.enclosure(3));
    long source = id(fixtures.enclosure(PARALLEL));
    List<JsonObject> animals = new ArrayList<>();
    for (int i = 0; i < PARALLEL; i++) {
      animals.add(fixtures.animal(speciesId, source));
    }

    List<Integer> statuses =
        inParallel(
            i -> {
              JsonObject a = animals.get(i);
              return api.put(
                  "/api/animals/" + id(a), Api.with(a, "enclosureId", target, "id", null));
            });

    assertOnlyOkOrConflict(statuses);
    long moved = statuses.stream().filter(s -> s == 200).count();
    assertTrue(moved <= 3, "at most capacity moved: " + count(statuses));
    assertEquals(moved, occupancy(target), "occupancy matches the successful moves");
    assertEquals(
        3, occupancy(target), "contention does not leave free places unused: " + count(statuses));
    assertEquals(PARALLEL - moved, occupancy(source), "no animal is lost or duplicated");
  }

  private interface Call {
    Api.Reply call(int index);
  }

  private static List<Integer> inParallel(Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < PARALLEL; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call(index).status();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : futures) {
        statuses.add(f.get(60, TimeUnit.SECONDS));
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private long occupancy(long enclosureId) {
    return api.get("/api/enclosures/" + enclosureId).json().getJsonNumber("occupancy").longValue();
  }

  private static void assertOnlyCreatedOrConflict(List<Integer> statuses) {
    assertTrue(
        statuses.stream().allMatch(s -> s == 201 || s == 409),
        () -> "only 201 or 409: " + count(statuses));
  }

  private static void assertOnlyOkOrConflict(List<Integer> statuses) {
    assertTrue(
        statuses.stream().allMatch(s -> s == 200 || s == 409),
        () -> "only 200 or 409: " + count(statuses));
  }

  private static Map<Integer, Long> count(List<Integer> statuses) {
    return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
  }
}
