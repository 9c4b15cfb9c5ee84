package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.SecondServer;
import it.support.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Graceful drain of a server run the way the image runs it (drain-run around {@code server run}): a
 * steady load goes through an emulated load balancer that polls /health/ready every second and
 * stops routing to the server once it answers DOWN twice in a row, as Kubernetes' endpoints or a
 * health-checking balancer do. On SIGTERM readiness turns DOWN ("draining") while the server still
 * answers for ZOO_DRAIN_SECONDS, then it stops well within the grace period; no request the
 * balancer sent failed.
 */
class DrainIT {

  private static final int DRAIN_SECONDS = 6;
  private static final int CLIENTS = 4;
  private static final Duration PAUSE_BETWEEN_REQUESTS = Duration.ofMillis(40); // ~100 req/s
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

  /**
   * Answers in a row that are not 200 before the balancer stops routing (Kubernetes' default: 3).
   */
  private static final int FAILURE_THRESHOLD = 2;

  /** The grace period the project's compose file and manifests give: drain + 30 s quiesce + 5. */
  private static final Duration GRACE = Duration.ofSeconds(DRAIN_SECONDS + 30 + 5);

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void sigtermTurnsReadinessDownKeepsServingForTheDelayThenStops() throws Exception {
    String name = "zoo-drain";
    Path wlp = SecondServer.copyOnly(name);
    int port = SecondServer.freePort();
    String base = "http://127.0.0.1:" + port;
    Path out = wlp.resolve("usr/servers/" + name + "/drain-run.out");
    ProcessBuilder builder =
        new ProcessBuilder(
                System.getProperty("zoo.it.drainRun", "src/main/container/drain-run"),
                wlp.resolve("bin/server").toString(),
                "run",
                name)
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    SecondServer.ownDatabase(builder.environment());
    builder.environment().put("HTTP_PORT", Integer.toString(port));
    builder.environment().put("ZOO_DEMO_DATA", "false");
    builder.environment().put("ZOO_DRAIN_SECONDS", Integer.toString(DRAIN_SECONDS));
    Process server = builder.start();
    try {
      await(
          "the server to be ready",
          Duration.ofSeconds(120),
          () -> status(base, "/health/ready") == 200);

      Balancer balancer = new Balancer(base);
      balancer.start();
      await(
          "100 balanced requests",
          Duration.ofSeconds(90),
          () -> balancer.answered.get() >= 100 && balancer.inRotation.get());

      long sigterm = System.nanoTime();
      server.destroy(); // SIGTERM to drain-run, as `docker stop` or the kubelet sends it
      await(
          "the balancer to take the server out of rotation",
          Duration.ofSeconds(DRAIN_SECONDS - 2),
          () -> balancer.removedAt.get() > sigterm);
      double downAfter = seconds(balancer.removedAt.get() - sigterm);
      assertTrue(
          balancer.downBody.contains("draining"),
          "readiness names the drain: " + balancer.downBody);

      // Out of rotation but still serving: a client that has not noticed yet is answered.
      List<Integer> duringDrain = new ArrayList<>();
      long drainEnds = sigterm + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS) - 1_000_000_000L;
      while (System.nanoTime() < drainEnds) {
        duringDrain.add(status(base, "/api/species?size=1"));
        Thread.sleep(200);
      }
      assertTrue(server.isAlive(), "still running until the drain delay is over");
      assertTrue(
          !duringDrain.isEmpty() && duringDrain.stream().allMatch(s -> s == 200),
          "answered while draining: " + duringDrain);

      assertTrue(
          server.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS),
          "stopped within the grace period of " + GRACE);
      double stoppedAfter = seconds(System.nanoTime() - sigterm);
      assertTrue(
          stoppedAfter >= DRAIN_SECONDS,
          "stopped after "
              + stoppedAfter
              + " s, before the drain delay of "
              + DRAIN_SECONDS
              + " s");
      balancer.stop();

      System.out.printf(
          "drain: %d requests through the balancer (%d sent after SIGTERM), readiness"
              + " DOWN seen %.3f s after SIGTERM, %d direct answers while draining, stopped after"
              + " %.1f s (drain %d s), exit status %d%n",
          balancer.answered.get(),
          balancer.afterSignal(sigterm),
          downAfter,
          duringDrain.size(),
          stoppedAfter,
          DRAIN_SECONDS,
          server.exitValue());
      assertEquals(
          List.of(), List.copyOf(balancer.failures), "requests the balancer sent that failed");
      assertTrue(
          Files.readString(out).contains("readiness is DOWN"), "drain-run says what it does");
    } finally {
      if (server.isAlive()) {
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
      }
      ProcessHandle.allProcesses()
          .filter(p -> p.info().commandLine().orElse("").contains(" " + name))
          .filter(p -> p.info().commandLine().orElse("").contains("ws-server"))
          .forEach(ProcessHandle::destroyForcibly);
    }
  }

  /**
   * Routes a steady load to one server while its readiness is UP, like a load balancer with one
   * backend or a Kubernetes Service: polls /health/ready every second, takes the server out of
   * rotation after FAILURE_THRESHOLD answers in a row that are not 200 (so that one slow answer on
   * a busy machine does not), and back in on a 200.
   */
  private final class Balancer {
    final String base;
    final AtomicBoolean inRotation = new AtomicBoolean(true);
    final AtomicBoolean stopped = new AtomicBoolean();
    final AtomicLong removedAt = new AtomicLong();
    final AtomicInteger answered = new AtomicInteger();
    final ConcurrentLinkedQueue<Long> sentAt = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final List<Thread> threads = new ArrayList<>();
    volatile String downBody = "";

    Balancer(String base) {
      this.base = base;
    }

    void start() {
      threads.add(
          started(
              () -> {
                int notReady = 0;
                while (!stopped.get()) {
                  HttpResponse<String> ready = send("/health/ready");
                  if (ready != null && ready.statusCode() == 200) {
                    notReady = 0;
                    inRotation.set(true);
                  } else if (++notReady >= FAILURE_THRESHOLD && inRotation.get()) {
                    downBody = ready == null ? "no answer" : ready.body();
                    inRotation.set(false);
                    removedAt.set(System.nanoTime());
                  }
                  pause(POLL_INTERVAL);
                }
              }));
      for (int c = 0; c < CLIENTS; c++) {
        threads.add(
            started(
                () -> {
                  while (!stopped.get()) {
                    if (inRotation.get()) {
                      long sent = System.nanoTime();
                      sentAt.add(sent);
                      try {
                        HttpResponse<String> reply = sendWithToken("/api/species?size=1");
                        if (reply.statusCode() == 200) {
                          answered.incrementAndGet();
                        } else {
                          failures.add(reply.statusCode() + " " + reply.body());
                        }
                      } catch (IOException e) {
                        failures.add(e.toString());
                      }
                    }
                    pause(PAUSE_BETWEEN_REQUESTS);
                  }
                }));
      }
    }

    private Thread started(Runnable body) {
      Thread thread = new Thread(body);
      thread.start();
      return thread;
    }

    long afterSignal(long signal) {
      return sentAt.stream().filter(t -> t >= signal).count();
    }

    void stop() throws InterruptedException {
      stopped.set(true);
      for (Thread t : threads) {
        t.join(30_000);
      }
    }

    private HttpResponse<String> send(String path) {
      try {
        return client.send(
            HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(3)).build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    private HttpResponse<String> sendWithToken(String path) throws IOException {
      try {
        return client.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + Tokens.valid("admin"))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
  }

  private int status(String base, String path) {
    try {
      return client
          .send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("Authorization", "Bearer " + Tokens.valid("admin"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void await(String what, Duration timeout, Condition condition) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.holds()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out after " + timeout + " waiting for " + what);
  }
}
