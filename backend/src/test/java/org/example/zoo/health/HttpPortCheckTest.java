package org.example.zoo.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The port check against a stand-in for what answers on the port: it reports another process, and
 * stays quiet through the 404s Liberty gives while this application is (re)starting.
 */
class HttpPortCheckTest {

  private static final Logger LOG = Logger.getLogger(HttpPortCheck.class.getName());
  private final List<LogRecord> severe = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel() == Level.SEVERE) {
            severe.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final HttpPortCheck check = new HttpPortCheck();
  private HttpServer server;

  @BeforeEach
  void listen() {
    LOG.addHandler(handler);
  }

  @AfterEach
  void stop() {
    check.stop();
    LOG.removeHandler(handler);
    if (server != null) {
      server.stop(0);
    }
  }

  /** Answers the n-th request (from 1) with the status and body the function gives. */
  private void serve(IntFunction<Answer> answers) throws IOException {
    AtomicInteger requests = new AtomicInteger();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          Answer answer = answers.apply(requests.incrementAndGet());
          byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(answer.status(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    check.port = server.getAddress().getPort();
  }

  private record Answer(int status, String body) {}

  @Test
  void anotherServerOnThePortIsReportedWithThePortAndTheVariable() throws Exception {
    serve(n -> new Answer(200, "{\"instanceId\":\"someone-else\"}"));
    check.start(null);
    for (int i = 0; i < 100 && severe.isEmpty(); i++) {
      Thread.sleep(100);
    }
    assertEquals(1, severe.size(), "one line after ten foreign answers");
    String message = severe.get(0).getMessage();
    assertTrue(message.contains("HTTP port " + check.port + " is in use"), message);
    assertTrue(message.contains("HTTP_PORT"), message);
  }

  @Test
  void notFoundWhileThisApplicationStartsIsNotReported() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    serve(
        n -> {
          asked.set(n);
          return n <= 8
              ? new Answer(404, "Error 404: SRVE0190E: File not found: /api/info")
              : new Answer(200, "{\"instanceId\":\"" + HttpPortCheck.INSTANCE_ID + "\"}");
        });
    check.start(null);
    for (int i = 0; i < 100 && asked.get() < 9; i++) {
      Thread.sleep(100);
    }
    Thread.sleep(1_000);
    assertEquals(9, asked.get(), "asked until this application answered, then not again");
    assertEquals(List.of(), severe);
  }
}
