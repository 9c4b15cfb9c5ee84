package org.example.zoo.platform;

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
 * keeps running unreachable; this check asks the port for /api/info and compares the instance id:
 * if another process answers, or nothing does, it names the port and the variable to change.
 */
@ApplicationScoped
public class HttpPortCheck {

  /** Identifies this server process in /api/info. */
  public static final String INSTANCE_ID = UUID.randomUUID().toString();

  private static final Logger LOG = Logger.getLogger(HttpPortCheck.class.getName());
  private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);
  private static final int FOREIGN_ANSWERS_BEFORE_REPORT = 3;

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
    client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
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
    if (answer == Answer.FOREIGN && ++foreignAnswers >= FOREIGN_ANSWERS_BEFORE_REPORT
        || System.nanoTime() > deadline) {
      LOG.severe(
          "HTTP port "
              + port
              + " is in use by another process, so this server cannot be reached on it. Stop the"
              + " other process, or choose another port with the HTTP_PORT environment variable,"
              + " e.g. HTTP_PORT=9081 ./mvnw liberty:dev");
      return;
    }
    if (!executor.isShutdown()) {
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
