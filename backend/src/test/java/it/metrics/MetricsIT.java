package it.metrics;

import static it.support.Api.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * /metrics on the test server (METRICS_AUTH=off), scraped as Prometheus does: request counts and
 * latency histograms per route and status, REST timers, the connection pool, the JVM and the zoo's
 * gauges, whose values agree with the API. Who may read it in production: ProductionStartIT.
 */
class MetricsIT {

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);

  @Test
  void requestsArePerRouteAndStatusWithHistogramBuckets() {
    assertEquals(200, api.get("/api/species").status());
    assertEquals(404, api.get("/api/species/987654321").status());
    assertEquals(401, api.anonymous().get("/api/species").status());
    String metrics = scrape();

    // Routes are templates (bounded label values), not the paths requested.
    for (String[] expected :
        List.of(
            new String[] {"/api/species", "200"},
            new String[] {"/api/species/{id}", "404"},
            new String[] {"/api/*", "401"})) {
      assertTrue(
          series(metrics, "http_server_request_duration_seconds_count", "GET", expected[1])
              .anyMatch(line -> line.contains("http_route=\"" + expected[0] + "\"")),
          () ->
              "GET "
                  + expected[0]
                  + " with status "
                  + expected[1]
                  + ":\n"
                  + grep(metrics, "http_server_request_duration_seconds_count"));
    }
    assertTrue(
        metrics.contains("http_server_request_duration_seconds_bucket{")
            && metrics.contains("le=\"0.005\"")
            && metrics.contains("le=\"10.0\"")
            && metrics.contains("le=\"+Inf\""),
        () -> "histogram buckets 5 ms .. 10 s:\n" + grep(metrics, "_bucket"));
    assertTrue(
        metrics.contains("REST_request_seconds_bucket{")
            && metrics.contains("class=\"org.example.zoo.species.SpeciesResource\""),
        () -> "REST timers per resource method:\n" + grep(metrics, "REST_request"));
    assertTrue(
        Pattern.compile("(?m)^http_server_request_duration_seconds\\{.*quantile=")
            .matcher(metrics)
            .results()
            .findAny()
            .isEmpty(),
        "no quantiles: they cannot be aggregated across instances");
  }

  @Test
  void connectionPoolAndJvmAreReported() {
    String metrics = scrape();
    for (String name :
        List.of(
            "connectionpool_managedConnections{datasource=\"jdbc_zoo\"",
            "connectionpool_waitTime_total_seconds{",
            "memory_usedHeap_bytes{",
            "gc_total{",
            "thread_count{",
            "jvm_uptime_seconds{")) {
      assertTrue(metrics.contains(name), () -> "missing " + name);
    }
  }

  @Test
  void zooGaugesAgreeWithTheApi() throws Exception {
    long speciesId = id(fixtures.species());
    JsonObject enclosure = fixtures.enclosure(7);
    long enclosureId = id(enclosure);
    String name = enclosure.getString("name");
    long animalId = id(fixtures.animal(speciesId, enclosureId));
    fixtures.animal(speciesId, enclosureId);
    fixtures.feeding(
        animalId,
        Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());

    // The gauges read a snapshot at most 10 s old.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    String metrics;
    long due;
    while (true) {
      metrics = scrape();
      due = api.get("/api/feedings?due=true&size=1").json().getJsonNumber("totalItems").longValue();
      if (gauge(metrics, "zoo_enclosure_occupancy", name).isPresent()
          && gauge(metrics, "zoo_feedings_due", null).orElse(-1.0) == due) {
        break;
      }
      assertTrue(Instant.now().isBefore(deadline), grep(metrics, "zoo_"));
      Thread.sleep(500);
    }
    assertTrue(due >= 1, "the feeding scheduled 5 minutes ago is due");
    assertEquals(Optional.of(2.0), gauge(metrics, "zoo_enclosure_occupancy", name));
    assertEquals(Optional.of(7.0), gauge(metrics, "zoo_enclosure_capacity", name));
  }

  private static String scrape() {
    Api.Reply reply = new Api().anonymous().get("/metrics");
    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.contentType().startsWith("text/plain"), reply::contentType);
    return reply.text();
  }

  private static Stream<String> series(String metrics, String name, String method, String status) {
    return metrics
        .lines()
        .filter(l -> l.startsWith(name + "{"))
        .filter(l -> l.contains("http_request_method=\"" + method + "\""))
        .filter(l -> l.contains("http_response_status_code=\"" + status + "\""));
  }

  /** The value of an application gauge, with the tag enclosure=NAME when NAME is not null. */
  private static Optional<Double> gauge(String metrics, String name, String enclosure) {
    Pattern line = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} ([-+0-9.eENa]+)$");
    Matcher m = line.matcher(metrics);
    while (m.find()) {
      String labels = m.group(1);
      if (!labels.contains("mp_scope=\"application\"")) {
        continue;
      }
      if (enclosure == null || labels.contains("enclosure=\"" + enclosure + "\"")) {
        return Optional.of(Double.parseDouble(m.group(2)));
      }
    }
    return Optional.empty();
  }

  private static String grep(String metrics, String part) {
    return String.join("\n", metrics.lines().filter(l -> l.contains(part)).limit(40).toList());
  }
}
