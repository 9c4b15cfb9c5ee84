package it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Http;
import it.support.Javac;
import it.support.SecondServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The build status as dev mode produces it, on a server laid out like dev mode's: the application
 * is a loose application over a copy of the module (its sources in {@code src/main/java}, its
 * classes in {@code target/classes}, the build's class path file) with the dev loop's classes in
 * {@code WEB-INF/lib} (the devloop module's {@code target/classes}, as dev mode maps them), and the
 * dev loop's file change agent restarts it or swaps its classes when they change. The test does
 * what a developer does: saves a Java file that does not compile (the class stays old, as with dev
 * mode's failed compile), fixes it, then adds a class whose start-up code throws (compiled into the
 * classes, as dev mode would), and removes it again; last, it edits a method body (swapped in by
 * the file change agent, no restart) and an annotation (a restart). Each time, {@code /api/info}
 * ({@code dev}), {@code /}, {@code /api/**}, readiness and {@code make doctor} (tools/doctor.py)
 * must name the cause.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevModeStatusIT {

  private static final Path BACKEND = Path.of("").toAbsolutePath();
  private static final Path DEVLOOP = BACKEND.getParent().resolve("devloop");
  private static final String MESSAGE_RESOURCE = "org/example/zoo/info/MessageResource.java";
  private static final String BROKEN_START = "org/example/zoo/info/BrokenStartForTest";

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Path module;
  private SecondServer server;
  private String baseUrl;

  @BeforeAll
  void startADevModeLikeServer() throws IOException {
    module = BACKEND.resolve("target/dev-like/backend");
    deleteRecursively(module.getParent());
    copyTree(BACKEND.resolve("src/main"), module.resolve("src/main"));
    copyTree(BACKEND.resolve("target/classes"), module.resolve("target/classes"));
    Files.copy(
        BACKEND.resolve("target/compile-classpath.txt"),
        module.resolve("target/compile-classpath.txt"));
    // As after dev mode's start: every class newer than every source.
    touchAll(module.resolve("target/classes"), Instant.now().plusSeconds(1));

    int port = SecondServer.freePort();
    baseUrl = "http://127.0.0.1:" + port;
    Map<String, String> env = new HashMap<>();
    env.put("HTTP_PORT", Integer.toString(port));
    env.put("HTTPS_PORT", Integer.toString(SecondServer.freePort()));
    env.put("HTTP_HOST", "127.0.0.1");
    env.put("ZOO_DEMO_DATA", "false");
    // APP_UPDATE_TRIGGER unset: the file change agent (built by the devloop module's
    // process-resources, named in the server's jvm.options as dev mode's profile devloop-agent
    // does) sets mbean and restarts the application at each save, as in dev mode.
    Path agent = DEVLOOP.resolve(".agent/devloop-agent.jar");
    assertTrue(
        Files.isDirectory(DEVLOOP.resolve("target/classes/org/example/devloop")),
        "the dev loop is compiled (the reactor builds devloop before backend)");
    assertTrue(Files.isRegularFile(agent), "the file change agent is built: " + agent);
    server =
        new SecondServer(
            "zoo-devlike",
            env,
            Set.of("apps/zoo.war"),
            dir -> {
              looseApplication(dir, module);
              try {
                Path options = dir.resolve("jvm.options");
                if (!Files.readString(options).contains("-javaagent:" + agent.toAbsolutePath())) {
                  Files.writeString(
                      options,
                      "\n-javaagent:" + agent.toAbsolutePath() + "\n",
                      StandardOpenOption.APPEND);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    awaitState("current", Duration.ofSeconds(120));
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void aCurrentServerSaysSoWithTheCheckoutsDirtyFlag() {
    JsonObject info = info();
    assertEquals("mbean", info.getString("updateTrigger"), "set by the file change agent");
    assertEquals("current", info.getJsonObject("dev").getString("state"), info::toString);
    assertEquals(
        "started", info.getJsonObject("dev").getJsonObject("lastStart").getString("status"));
    assertTrue(
        info.get("dirty") == JsonValue.TRUE || info.get("dirty") == JsonValue.FALSE,
        () -> "dirty is computed from the checkout (git status), never null there: " + info);
    assertTrue(get("/api/message").statusCode() == 200);
    JsonObject status = json(devLoopStatus().body());
    assertEquals("current", status.getString("state"), status::toString);
    assertEquals(info.get("dirty"), status.get("dirty"), "/api/info's dirty is the dev loop's");
  }

  /** The dev loop's own status endpoint (what its doctor asks; not in the API's contract). */
  private HttpResponse<String> devLoopStatus() {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/devloop/status")).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Order(2)
  void aSaveThatDoesNotCompileIsNamedWithFileAndLineEverywhere() throws Exception {
    Path source = module.resolve("src/main/java/" + MESSAGE_RESOURCE);
    String original = Files.readString(source);
    List<String> lines = new ArrayList<>(original.lines().toList());
    int line = indexOf(lines, "defaultValue = \"Hello from backend!\"") + 1;
    lines.set(line - 1, lines.get(line - 1).replace("\"Hello from backend!\"", "\"Hello v2\" + "));
    Files.write(source, lines, StandardCharsets.UTF_8);
    try {
      JsonObject dev = awaitState("compile-failed", Duration.ofSeconds(30));
      JsonObject error = dev.getJsonObject("lastCompile").getJsonArray("errors").getJsonObject(0);
      assertTrue(error.getString("file").endsWith(MESSAGE_RESOURCE), dev::toString);
      assertEquals(line, error.getInt("line"), dev::toString);
      assertTrue(!error.getString("message").isBlank(), dev::toString);
      String where = MESSAGE_RESOURCE + ":" + line;
      assertTrue(dev.getString("problem").contains(where), dev::toString);

      HttpResponse<String> api = get("/api/message");
      assertEquals(503, api.statusCode(), api::body);
      assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElse(""));
      JsonObject problem = json(api.body());
      assertEquals("/problems/not-current", problem.getString("type"));
      assertTrue(problem.getString("detail").contains(where), api::body);

      HttpResponse<String> page = get("/animals");
      assertEquals(503, page.statusCode(), page::body);
      assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      assertTrue(page.body().contains(where), page::body);

      assertDoctorNames(where);
    } finally {
      Files.writeString(source, original);
    }
    // What dev mode does once the file compiles again: it writes the class (the same bytes).
    compile(source);
    awaitState("current", Duration.ofSeconds(60));
    assertEquals(200, get("/api/message").statusCode());
  }

  @Test
  @Order(3)
  void aStartThatFailsIsNamedWithItsCauseEverywhere() throws Exception {
    Path source = module.resolve("src/main/java/" + BROKEN_START + ".java");
    Files.writeString(
        source,
        """
        package org.example.zoo.info;

        import jakarta.enterprise.context.ApplicationScoped;
        import jakarta.enterprise.context.Initialized;
        import jakarta.enterprise.event.Observes;

        @ApplicationScoped
        public class BrokenStartForTest {
          void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
            throw new IllegalStateException("no zoo opens without keepers");
          }
        }
        """);
    compile(source);
    try {
      JsonObject dev = awaitState("start-failed", Duration.ofSeconds(60));
      String cause = dev.getJsonObject("lastStart").getString("cause");
      assertTrue(cause.contains("no zoo opens without keepers"), dev::toString);
      assertTrue(cause.contains("BrokenStartForTest"), dev::toString);

      HttpResponse<String> api = get("/api/species");
      assertEquals(503, api.statusCode(), api::body);
      assertTrue(json(api.body()).getString("detail").contains("no zoo opens without keepers"));
      HttpResponse<String> page = get("/");
      assertEquals(503, page.statusCode(), page::body);
      assertTrue(page.body().contains("no zoo opens without keepers"), page::body);
      HttpResponse<String> ready = get("/health/ready");
      assertEquals(503, ready.statusCode(), ready::body);
      assertTrue(ready.body().contains("no zoo opens without keepers"), ready::body);

      assertDoctorNames("no zoo opens without keepers");
    } finally {
      Files.deleteIfExists(source);
      Files.deleteIfExists(module.resolve("target/classes/" + BROKEN_START + ".class"));
    }
    awaitState("current", Duration.ofSeconds(60));
    assertEquals(200, get("/api/message").statusCode());
  }

  @Test
  @Order(4)
  void aMethodBodyEditIsSwappedInAndAnAnnotationEditRestarts() throws Exception {
    Path source = module.resolve("src/main/java/" + MESSAGE_RESOURCE);
    String original = Files.readString(source);
    assertEquals(200, get("/api/message").statusCode(), "the class is loaded");
    String startedAt = info().getJsonObject("dev").getJsonObject("lastStart").getString("at");
    try {
      // A method body: swapped into the running application, no restart.
      saveCompiledAndAwait(
          source,
          original.replace("    return message;", "    return \"swapped: \" + message;"),
          "swapped: Hello from backend!");
      // /api/info's dev block is computed at most every 0.2 s: wait for one after the swap
      server.await(
          "dev.lastSwap in /api/info",
          Duration.ofSeconds(10),
          () -> info().getJsonObject("dev").get("lastSwap") instanceof JsonObject);
      JsonObject dev = info().getJsonObject("dev");
      assertEquals("current", dev.getString("state"), dev::toString);
      assertEquals(startedAt, dev.getJsonObject("lastStart").getString("at"), "no restart");
      assertEquals(
          "[\"org.example.zoo.info.MessageResource\"]",
          dev.getJsonObject("lastSwap").getJsonArray("classes").toString(),
          dev::toString);

      // An annotation (the greeting's default): the application restarts to read it.
      saveCompiledAndAwait(
          source,
          original.replace("\"Hello from backend!\"", "\"Hello after a restart\""),
          "Hello after a restart");
      dev = awaitState("current", Duration.ofSeconds(10));
      assertTrue(
          !dev.getJsonObject("lastStart").getString("at").equals(startedAt), "restarted: " + dev);
      assertTrue(!dev.containsKey("lastSwap") || dev.isNull("lastSwap"), dev::toString);
    } finally {
      saveCompiledAndAwait(source, original, "Hello from backend!");
    }
    awaitState("current", Duration.ofSeconds(30));
  }

  @Test
  @Order(5)
  void savesInQuickSuccessionAreNeverCalledCurrentBeforeTheyAnswer() throws Exception {
    Path source = module.resolve("src/main/java/" + MESSAGE_RESOURCE);
    String original = Files.readString(source);
    // an annotation (restart), a body (swap), both (restart), a body (swap): each saved as soon as
    // the one before answers
    String annotation = "\"Hello from backend!\"";
    String body = "    return message;";
    String quick1 = original.replace(annotation, "\"quick 1\"");
    String quick2 = quick1.replace(body, "    return \"quick 2\";");
    String quick3 = quick1.replace("\"quick 1\"", "\"quick 3\"");
    String quick4 = quick3.replace(body, "    return \"quick 4\";");
    try {
      int round = 0;
      for (String content : List.of(quick1, quick2, quick3, quick4)) {
        String answer = "quick " + ++round;
        Files.writeString(source, content);
        Instant saved = Files.getLastModifiedTime(source).toInstant();
        compile(source);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String served = null;
        while (!answer.equals(served)) {
          assertTrue(System.nanoTime() < deadline, () -> "not served: " + answer);
          HttpResponse<String> info = get("/api/info");
          served = get("/api/message").body();
          if (info.statusCode() != 200) {
            continue; // restarting
          }
          JsonObject dev = json(info.body()).getJsonObject("dev");
          boolean seesTheSave =
              !Instant.parse(dev.getJsonObject("lastSave").getString("at")).isBefore(saved);
          if (seesTheSave && dev.getString("state").equals("current")) {
            // said after the save was seen: from then on, what answers is the saved code
            assertEquals(answer, served, () -> "current, but the old code answers: " + dev);
          }
        }
      }
    } finally {
      saveCompiledAndAwait(source, original, "Hello from backend!");
    }
    awaitState("current", Duration.ofSeconds(30));
  }

  /** Saves the source, compiles it as dev mode would, and waits for /api/message's answer. */
  private void saveCompiledAndAwait(Path source, String content, String answer) throws IOException {
    Files.writeString(source, content);
    compile(source);
    server.await(
        "/api/message to answer " + answer,
        Duration.ofSeconds(60),
        () -> get("/api/message").body().equals(answer));
  }

  /** Waits until /api/info's dev block has the state; that block then. */
  private JsonObject awaitState(String expected, Duration timeout) {
    server.await(expected + " in /api/info", timeout, () -> state().equals(expected));
    return info().getJsonObject("dev");
  }

  /**
   * tools/doctor.py against this server fails (exit 1) naming the problem; skipped without python3.
   */
  private void assertDoctorNames(String problem) throws IOException, InterruptedException {
    Doctor doctor = doctor();
    if (doctor != null) {
      assertEquals(1, doctor.exit(), doctor.output());
      assertTrue(doctor.output().contains(problem), doctor.output());
    }
  }

  private record Doctor(int exit, String output) {}

  /** tools/doctor.py against this server, when python3 is installed; null otherwise. */
  private Doctor doctor() throws IOException, InterruptedException {
    Path script = BACKEND.getParent().resolve("tools/doctor.py");
    Process process;
    try {
      process =
          new ProcessBuilder("python3", script.toString(), baseUrl)
              .redirectErrorStream(true)
              .start();
    } catch (IOException noPython) {
      return null;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tools/doctor.py did not finish");
    return new Doctor(process.exitValue(), output);
  }

  private void compile(Path source) throws IOException {
    Javac.compile(
        source,
        module.resolve("target/classes"),
        module.resolve("target/classes")
            + java.io.File.pathSeparator
            + Files.readString(module.resolve("target/compile-classpath.txt")).trim());
  }

  private String state() {
    JsonObject info = info();
    return info.containsKey("dev") && !info.isNull("dev")
        ? info.getJsonObject("dev").getString("state")
        : "no dev block: " + info;
  }

  private JsonObject info() {
    return json(get("/api/info").body());
  }

  private HttpResponse<String> get(String path) {
    return Http.send(
        client,
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", path.startsWith("/api") ? "*/*" : "text/html")
            .timeout(Duration.ofSeconds(30))
            .build());
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line with " + text);
  }

  /** apps/zoo.war.xml: the loose application dev mode deploys, over the copied module. */
  static void looseApplication(Path serverDirectory, Path module) {
    String xml =
        "<archive>\n"
            + "  <dir sourceOnDisk=\""
            + module.resolve("src/main/webapp")
            + "\" targetInArchive=\"/\"/>\n"
            + "  <dir sourceOnDisk=\""
            + module.resolve("target/classes")
            + "\" targetInArchive=\"/WEB-INF/classes\"/>\n"
            + "  <archive targetInArchive=\"/WEB-INF/lib/devloop.jar\">\n"
            + "    <dir sourceOnDisk=\""
            + DEVLOOP.resolve("target/classes")
            + "\" targetInArchive=\"/\"/>\n"
            + "  </archive>\n"
            + "</archive>\n";
    try {
      Files.writeString(serverDirectory.resolve("apps/zoo.war.xml"), xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void touchAll(Path dir, Instant when) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          Files.setLastModifiedTime(f, FileTime.from(when));
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
