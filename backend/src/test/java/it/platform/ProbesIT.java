package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Http;
import it.support.SecondServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Readiness and startup never say UP without the application: polled at 20 Hz from the moment the
 * server process is launched, and through 20 restarts of the application by Liberty's file monitor
 * (what dev mode does on every save), no answer of /health/ready lacks the application's readiness
 * check ("database") while UP, and none of /health/started lacks its startup check ("application").
 * Liveness is recorded too: it must never be DOWN or fail while the application restarts. The
 * counts of every kind of answer are printed ("ProbesIT answers:"). The server start holds; the
 * restarts do not on Open Liberty 26.0.0.3, so that assertion is disabled (see below). The
 * application's own probes under /api/health, polled the same way, hold through both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProbesIT {

  private static final int RESTARTS = 20;
  private static final long PERIOD_MILLIS = 50;
  private static final Pattern UPDATED = Pattern.compile("CWWKZ0003I");

  /** What one probe answered, counted by kind; the offending answers kept for the message. */
  static final class Probe implements Runnable {
    final String path;
    final String ownCheck;
    final Map<String, Integer> counts = new TreeMap<>();
    final ConcurrentLinkedQueue<String> offending = new ConcurrentLinkedQueue<>();
    private final HttpClient client;
    private final String baseUrl;
    private final AtomicBoolean stop;

    Probe(String baseUrl, String path, String ownCheck, AtomicBoolean stop) {
      this.baseUrl = baseUrl;
      this.path = path;
      this.ownCheck = ownCheck;
      this.stop = stop;
      this.client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    }

    @Override
    public void run() {
      long next = System.nanoTime();
      while (!stop.get()) {
        record(ask());
        next += PERIOD_MILLIS * 1_000_000;
        long sleep = (next - System.nanoTime()) / 1_000_000;
        if (sleep > 0) {
          try {
            Thread.sleep(sleep);
          } catch (InterruptedException e) {
            return;
          }
        } else {
          next = System.nanoTime();
        }
      }
    }

    private String ask() {
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        String status = status(response.body());
        boolean own = hasCheck(response.body(), ownCheck);
        String kind =
            response.statusCode() + " " + status + (own ? " with " : " without ") + ownCheck;
        if ((response.statusCode() == 200 || "UP".equals(status)) && !own) {
          offending.add(
              phase + " " + Instant.now() + " " + response.statusCode() + " " + response.body());
        }
        return kind;
      } catch (java.net.ConnectException e) {
        return "refused";
      } catch (IOException e) {
        return "no answer (" + e.getClass().getSimpleName() + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted";
      }
    }

    private synchronized void record(String kind) {
      counts.merge(phase + ": " + kind, 1, Integer::sum);
    }

    volatile String phase = "start";

    synchronized Map<String, Integer> snapshot() {
      return new TreeMap<>(counts);
    }

    synchronized int count(java.util.function.Predicate<String> kind) {
      return counts.entrySet().stream()
          .filter(e -> kind.test(e.getKey()))
          .mapToInt(Map.Entry::getValue)
          .sum();
    }

    @Override
    public String toString() {
      return path + " " + snapshot();
    }
  }

  /** UP with the database check: the migration is over (a restart during it breaks H2). */
  private static boolean readyWithDatabase(String baseUrl) {
    String body = get(baseUrl + "/health/ready");
    return "UP".equals(status(body)) && hasCheck(body, "database");
  }

  static String status(String body) {
    JsonObject json = json(body);
    return json == null ? "?" : json.getString("status", "?");
  }

  static boolean hasCheck(String body, String name) {
    JsonObject json = json(body);
    if (json == null || !json.containsKey("checks")) {
      return false;
    }
    for (JsonValue check : json.getJsonArray("checks")) {
      if (name.equals(check.asJsonObject().getString("name", null))) {
        return true;
      }
    }
    return false;
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  private static int updates(SecondServer server) {
    Matcher matcher = UPDATED.matcher(server.log());
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  private List<Probe> probes;
  private String report;

  /** Starts the server and restarts its application 20 times, polling all along. */
  @BeforeAll
  void pollThroughAStartAndRestarts() throws Exception {
    int httpPort = SecondServer.freePort();
    String baseUrl = "http://127.0.0.1:" + httpPort;
    AtomicBoolean stop = new AtomicBoolean();
    probes =
        List.of(
            new Probe(baseUrl, "/health/ready", "database", stop),
            new Probe(baseUrl, "/health/started", "application", stop),
            new Probe(baseUrl, "/health/live", "memory", stop),
            new Probe(baseUrl, "/api/health/ready", "database", stop),
            new Probe(baseUrl, "/api/health/started", "application", stop));
    List<Thread> threads = new ArrayList<>();
    for (Probe probe : probes) {
      Thread thread = new Thread(probe, "probe " + probe.path);
      thread.setDaemon(true);
      thread.start();
      threads.add(thread);
    }
    SecondServer server = null;
    try {
      server =
          new SecondServer(
              "zoo-probes",
              Map.of(
                  "HTTP_PORT", Integer.toString(httpPort),
                  "HTTPS_PORT", Integer.toString(SecondServer.freePort()),
                  "HTTP_HOST", "127.0.0.1",
                  "ZOO_DEMO_DATA", "false",
                  "APP_UPDATE_TRIGGER", "polled",
                  "APP_POLLING_RATE", "100ms"));
      SecondServer started = server;
      server.await(
          "the server to be ready", Duration.ofSeconds(120), () -> readyWithDatabase(baseUrl));
      for (Probe probe : probes) {
        probe.phase = "restarts";
      }

      Path war = server.directory().resolve("apps/zoo.war");
      for (int i = 0; i < RESTARTS; i++) {
        int before = updates(server);
        Files.setLastModifiedTime(war, FileTime.from(Instant.now()));
        server.await(
            "restart " + (i + 1) + " (CWWKZ0003I in messages.log)",
            Duration.ofSeconds(60),
            () -> updates(started) > before);
        server.await(
            "ready after restart " + (i + 1),
            Duration.ofSeconds(60),
            () -> readyWithDatabase(baseUrl));
      }
      Thread.sleep(500);
    } finally {
      stop.set(true);
      for (Thread thread : threads) {
        thread.join(10_000);
      }
      if (server != null) {
        server.close();
      }
    }

    report = probes.stream().map(Probe::toString).collect(Collectors.joining("\n", "\n", "\n"));
    System.out.println("ProbesIT answers:" + report);
  }

  private List<String> offending(int probe, String phase) {
    return probes.get(probe).offending.stream().filter(a -> a.startsWith(phase + " ")).toList();
  }

  @Test
  void aStartingServerIsNeverReadyOrStartedWithoutTheApplication() {
    assertEquals(List.of(), offending(0, "start"), () -> "/health/ready" + report);
    assertEquals(List.of(), offending(1, "start"), () -> "/health/started" + report);
    assertTrue(
        probes.get(0).count(kind -> kind.startsWith("restarts") && kind.contains("200 UP with"))
            > 0,
        () -> "the poller saw the ready application" + report);
  }

  /**
   * The application's own probes ({@code /api/health/ready}, {@code /api/health/started}: what load
   * balancers and orchestrators are told to use) are never UP without the application's checks,
   * neither while the server starts nor during any of the 20 restarts.
   */
  @Test
  void theApplicationsProbesAreNeverUpWithoutTheApplication() {
    assertEquals(List.of(), offending(3, "start"), () -> "/api/health/ready" + report);
    assertEquals(List.of(), offending(4, "start"), () -> "/api/health/started" + report);
    assertEquals(
        List.of(),
        offending(3, "restarts"),
        () -> "/api/health/ready" + report + first(probes.get(3)));
    assertEquals(
        List.of(),
        offending(4, "restarts"),
        () -> "/api/health/started" + report + first(probes.get(4)));
    for (int probe : new int[] {3, 4}) {
      int up =
          probes
              .get(probe)
              .count(kind -> kind.startsWith("restarts") && kind.contains("200 UP with"));
      int notUp =
          probes.get(probe).count(kind -> kind.startsWith("restarts") && !kind.contains("200 UP"));
      assertTrue(up > 0, () -> probes.get(probe).path + " answered UP" + report);
      assertTrue(
          notUp >= RESTARTS,
          () -> probes.get(probe).path + " was not UP during each restart" + report);
    }
  }

  /** Liveness is about the process: it stays UP (200) while the application restarts. */
  @Test
  void livenessStaysUpWhileTheApplicationRestarts() {
    int notUp =
        probes.get(2).count(kind -> kind.startsWith("restarts") && !kind.contains(" 200 UP"));
    assertEquals(0, notUp, () -> "/health/live not UP during restarts" + report);
  }

  /**
   * Fails on Open Liberty 26.0.0.3 (mpHealth-4.0): from the moment the restarted application stops
   * until Liberty's health feature sees it starting again (its web module), /health/ready and
   * /health/started answer 200 {"status":"UP","checks":[]}, about 1-3 s per restart. The feature
   * then counts the application as uninstalled and reports the (empty) checks of no module;
   * mp.health.default.readiness/startup.empty.response only govern the later "starting" window,
   * which is DOWN by default. No server setting changes this: the health feature skips an
   * application that is stopping or not installed (HealthCheck40ServiceImpl#runHealthChecks) and
   * has then no check and no default to report. See docs/verification.md; the application's own
   * probes under /api/health are the remedy (tested above).
   */
  @Disabled("Open Liberty 26.0.0.3 answers UP with no checks while an application restarts")
  @Test
  void aRestartingApplicationIsNeverReadyOrStarted() {
    assertEquals(
        List.of(), offending(0, "restarts"), () -> "/health/ready" + report + first(probes.get(0)));
    assertEquals(
        List.of(),
        offending(1, "restarts"),
        () -> "/health/started" + report + first(probes.get(1)));
  }

  private static String first(Probe probe) {
    return probe.offending.size()
        + " such answers; the first: "
        + probe.offending.stream().limit(5).collect(Collectors.joining("\n", "\n", "\n"));
  }

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

  private static String get(String url) {
    return Http.send(
            CLIENT, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build())
        .body();
  }
}
