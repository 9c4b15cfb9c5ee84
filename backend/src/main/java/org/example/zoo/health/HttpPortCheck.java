package org.example.zoo.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says in one line when the HTTP port is taken by another process. Liberty logs a bind failure but
 * keeps running unreachable; this check asks the port for /api/info every 0.5 s and compares the
 * instance id: when something other than this application answers (or accepts the connection and
 * does not answer within 1 s) ten times in a row, it names the port and the variable to change. Ten
 * answers (5 to 15 s) outlast the Liberty 404s of an application restarting in dev mode. A refused
 * connection is not reported: nobody holds the port, and Liberty opens it once the server has
 * started, however long that takes (it stops asking after 5 minutes).
 */
@ApplicationScoped
public class HttpPortCheck {

  /** Identifies this server process in /api/info. */
  public static final String INSTANCE_ID = UUID.randomUUID().toString();

  private static final Logger LOG = Logger.getLogger(HttpPortCheck.class.getName());
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);
  private static final int FOREIGN_ANSWERS_IN_A_ROW_BEFORE_REPORT = 10;

  @Inject
  @ConfigProperty(name = "HTTP_PORT", defaultValue = "9080")
  int port;

  private ScheduledExecutorService executor;
  private HttpClient client;
  private long deadline;
  private int foreignAnswers;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    if (port <= 0) {
      return; // HTTP disabled (e.g. HTTP_PORT=-1 while an image build starts the server once)
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "zoo-port-check");
              thread.setDaemon(true);
              return thread;
            });
    // HTTP/1.1: the client's default asks a plain-HTTP server to upgrade to HTTP/2 (h2c), and
    // Liberty then records an FFDC incident ("stream was already closed") for the upgraded answer.
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(500))
            .build();
    deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
    executor.schedule(this::check, 500, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private void check() {
    Answer answer = ask();
    if (answer == Answer.SELF) {
      return;
    }
    foreignAnswers = answer == Answer.FOREIGN ? foreignAnswers + 1 : 0;
    if (foreignAnswers >= FOREIGN_ANSWERS_IN_A_ROW_BEFORE_REPORT) {
      LOG.severe(
          "HTTP port "
              + port
              + " is in use by another process, so this server cannot be reached on it. Stop the"
              + " other process, or choose another port with the HTTP_PORT environment variable,"
              + " e.g. HTTP_PORT=9081 ./mvnw liberty:dev");
      return;
    }
    if (System.nanoTime() > deadline) {
      LOG.fine(
          () ->
              "This application did not answer on HTTP port "
                  + port
                  + " in 5 minutes; not asking again");
    } else if (!executor.isShutdown()) {
      executor.schedule(this::check, 500, TimeUnit.MILLISECONDS);
    }
  }

  private enum Answer {
    SELF,
    FOREIGN,
    NOTHING
  }

  private Answer ask() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/info"))
              .timeout(Duration.ofSeconds(1))
              .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return response.body() != null && response.body().contains(INSTANCE_ID)
          ? Answer.SELF
          : Answer.FOREIGN;
    } catch (java.net.ConnectException e) {
      return Answer.NOTHING; // nobody listens yet: Liberty opens the port after the application
    } catch (IOException e) {
      return Answer.FOREIGN; // something accepted the connection but did not answer like us
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.NOTHING;
    }
  }
}
