package org.example.devloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The kit in a second Liberty application: {@code src/it/hello}, which adds it exactly as README.md
 * says, runs in dev mode ({@code liberty:dev}) on the jar and agent this build packaged. A method
 * body edit is served without a restart; a save that does not compile is named by the status, the
 * error page and the doctor; fixing it makes the application current again.
 *
 * <p>The application is copied to {@code target/it/hello}; the kit is installed into {@code
 * target/it-repo}, which the application's build uses with the user's repository behind it, read
 * only ({@code maven.repo.local.tail}). Dev mode runs on free ports and is stopped afterwards,
 * whatever happened.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SecondApplicationIT {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration MAVEN_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private static final String SOURCE = "src/main/java/org/example/hello/HelloServlet.java";
  private static final String CLASS = "org.example.hello.HelloServlet";

  /** What liberty:dev prints as its watch loop begins (its watchers registered). */
  private static final String DEV_MODE_WATCHING = "Recompile skipped for hello";

  /** What liberty:dev prints when a save does not compile. */
  private static final String DEV_MODE_COMPILE_FAILED = "Source compilation had errors";

  private static final Pattern GREETING_LINE =
      Pattern.compile("(?m)^(\\s*)return \"[^\"]*\";?[ \\t]*$");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Path basedir;
  private static Path app;
  private static Path devLog;
  private static Process devMode;
  private static OutputStream devModeInput;
  private static String url;

  /** Dev mode's output tail after any failure. */
  @RegisterExtension
  static final TestWatcher DIAGNOSTICS =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          System.err.println(
              "SecondApplicationIT: "
                  + context.getDisplayName()
                  + " failed; dev mode's output ("
                  + devLog
                  + ") ends with:\n"
                  + tail(devLog));
        }
      };

  @BeforeAll
  static void startDevMode() throws Exception {
    basedir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    Path jar = Path.of(required("devloop.jar"));
    Path agentJar = Path.of(required("devloop.agent.jar"));
    assertTrue(Files.isRegularFile(jar), "the kit's jar, packaged before the tests: " + jar);
    assertTrue(Files.isRegularFile(agentJar), "the agent's jar: " + agentJar);
    Path target = basedir.resolve("target");
    app = target.resolve("it/hello");
    Path repository = target.resolve("it-repo");
    deleteRecursively(app);
    deleteRecursively(repository);
    copyApplication(basedir.resolve("src/it/hello"), app);
    devLog = target.resolve("it/hello-dev-mode.log");

    // The kit's two artifacts, as `install` installs them (README.md), into a repository of
    // this test's own.
    List<String> repo =
        List.of(
            "-Dmaven.repo.local=" + repository,
            "-Dmaven.repo.local.tail=" + required("devloop.it.repository"));
    Path pom = basedir.resolve("pom.xml");
    maven(
        basedir,
        target.resolve("it/install.log"),
        repo,
        "install:install-file",
        "-Dfile=" + jar,
        "-DpomFile=" + pom);
    maven(
        basedir,
        target.resolve("it/install-agent.log"),
        repo,
        "install:install-file",
        "-Dfile=" + agentJar,
        "-DpomFile=" + pom,
        "-Dclassifier=agent");

    // The first run after a clone copies the agent; the next one (dev mode) runs with it.
    maven(app, target.resolve("it/hello-process-resources.log"), repo, "process-resources");
    assertTrue(
        Files.isRegularFile(app.resolve(".devloop/devloop-agent.jar")),
        "process-resources copies the agent to .devloop/devloop-agent.jar");

    int httpPort = freePort();
    int httpsPort = freePort();
    url = "http://localhost:" + httpPort;
    List<String> command = new ArrayList<>(mavenCommand(repo));
    command.addAll(
        List.of(
            "liberty:dev",
            "-Dliberty.var.http.port=" + httpPort,
            "-Dliberty.var.https.port=" + httpsPort,
            // no tests in dev mode, no debugger port (7777, maybe another dev mode's)
            "-DhotTests=false",
            "-DskipTests=true",
            "-Ddebug=false"));
    devMode =
        new ProcessBuilder(command)
            .directory(app.toFile())
            .redirectErrorStream(true)
            .redirectOutput(devLog.toFile())
            .start();
    // Kept open and never written to until the end: a line (even empty) is a dev mode command.
    devModeInput = devMode.getOutputStream();

    JsonObject status =
        waitFor(
            "the application in dev mode to answer at " + url,
            START_TIMEOUT,
            SecondApplicationIT::statusOrNull,
            s -> s != null);
    // Saves before dev mode's watch loop begins (after the server's start) are not compiled.
    waitFor(
        "dev mode to watch the sources",
        CHANGE_TIMEOUT,
        () -> occurrences(devLog, DEV_MODE_WATCHING),
        n -> n > 0);
    System.out.println("SecondApplicationIT: dev mode answers at " + url + ": " + status);
  }

  @AfterAll
  static void stopDevMode() throws Exception {
    if (devMode == null) {
      return;
    }
    try {
      if (devMode.isAlive()) {
        try {
          devModeInput.write("q\n".getBytes(StandardCharsets.UTF_8));
          devModeInput.flush();
        } catch (IOException e) {
          // it has just ended
        }
      }
      if (!devMode.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        System.err.println("SecondApplicationIT: dev mode did not stop on 'q'; ending it");
        devMode.descendants().forEach(ProcessHandle::destroy);
        devMode.destroy();
        if (!devMode.waitFor(20, TimeUnit.SECONDS)) {
          devMode.descendants().forEach(ProcessHandle::destroyForcibly);
          devMode.destroyForcibly();
        }
      }
    } finally {
      stopServer();
    }
  }

  /** Dev mode stops its server with it; if the server of the copy still runs, it is stopped. */
  private static void stopServer() throws Exception {
    if (serverProcesses().isEmpty()) {
      return;
    }
    Path server = app.resolve("target/liberty/wlp/bin/server");
    System.err.println("SecondApplicationIT: the server still runs after dev mode; stopping it");
    if (Files.isExecutable(server)) {
      Process stop =
          new ProcessBuilder(server.toString(), "stop", "defaultServer")
              .directory(app.toFile())
              .redirectErrorStream(true)
              .redirectOutput(app.resolveSibling("hello-server-stop.log").toFile())
              .start();
      if (!stop.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        stop.destroyForcibly();
      }
    }
    List<ProcessHandle> left = serverProcesses();
    left.forEach(ProcessHandle::destroyForcibly);
    assertTrue(left.isEmpty(), "the server of " + app + " had to be killed: " + left);
  }

  /** The Liberty server of this test's copy (its path is this build's own). */
  private static List<ProcessHandle> serverProcesses() {
    String wlp = app.resolve("target/liberty/wlp").toString();
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().orElse("").contains(wlp))
        .filter(p -> p.info().commandLine().orElse("").contains("ws-server.jar"))
        .toList();
  }

  @Test
  @Order(1)
  void theAgentRunsAndTheApplicationIsCurrent() throws Exception {
    JsonObject status = waitForState("current");
    assertEquals("swap", status.getString("reload"), "how saves are taken up: " + status);
    assertEquals("Hello, world", get("/hello").body());
    // The profile appends the agent to the application's own JVM options.
    String jvmOptions =
        Files.readString(app.resolve("target/liberty/wlp/usr/servers/defaultServer/jvm.options"));
    assertTrue(jvmOptions.contains("-XX:TieredStopAtLevel=1"), jvmOptions);
    assertTrue(jvmOptions.contains("-javaagent:"), jvmOptions);
  }

  @Test
  @Order(2)
  void aMethodBodyEditIsServedWithoutARestart() throws Exception {
    String startedAt = startedAt(status());

    setGreeting("return \"Hello, swapped\";");

    waitFor(
        "the edit to be served", CHANGE_TIMEOUT, () -> text("/hello"), "Hello, swapped"::equals);
    JsonObject status =
        waitFor(
            "the status to name the swapped class",
            CHANGE_TIMEOUT,
            SecondApplicationIT::status,
            s -> swapped(s).contains(CLASS));
    assertEquals(startedAt, startedAt(status), "the application did not restart: " + status);
    assertEquals("current", status.getString("state"), status.toString());
    JsonObject api = json(get("/api/greeting").body());
    assertEquals("Hello, swapped", api.getString("greeting"));
  }

  @Test
  @Order(3)
  void aSaveThatDoesNotCompileIsReported() throws Exception {
    long compileFailures = occurrences(devLog, DEV_MODE_COMPILE_FAILED);
    int line = setGreeting("return \"Hello, broken\"");

    waitForState("compile-failed");
    // Still so once dev mode's own compilation of the save has failed too.
    waitFor(
        "dev mode to report its compilation's errors",
        CHANGE_TIMEOUT,
        () -> occurrences(devLog, DEV_MODE_COMPILE_FAILED),
        n -> n > compileFailures);
    JsonObject status = status();
    assertEquals("compile-failed", status.getString("state"), status.toString());
    JsonObject error = status.getJsonObject("lastCompile").getJsonArray("errors").getJsonObject(0);
    assertTrue(error.getString("file").endsWith(SOURCE), status.toString());
    assertEquals(line, error.getInt("line"), status.toString());
    String where = SOURCE + ":" + line;

    HttpResponse<String> api = get("/api/greeting");
    assertEquals(503, api.statusCode(), api.body());
    assertTrue(
        api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        api.headers().toString());
    JsonObject problem = json(api.body());
    assertEquals("/problems/not-current", problem.getString("type"), api.body());
    assertEquals("compile-failed", problem.getString("state"), api.body());

    HttpResponse<String> page = get("/hello");
    assertEquals(503, page.statusCode(), page.body());
    assertTrue(
        page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        page.headers().toString());
    assertTrue(page.body().contains(where), "the page names " + where + ": " + page.body());
  }

  @Test
  @Order(4)
  void theDoctorNamesTheError() throws Exception {
    Process doctor;
    try {
      doctor =
          new ProcessBuilder("python3", basedir.resolve("doctor.py").toString(), url)
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      Assumptions.abort("no python3 here to run the doctor: " + e.getMessage());
      return;
    }
    doctor.getOutputStream().close();
    String output = new String(doctor.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(doctor.waitFor(30, TimeUnit.SECONDS), "the doctor ends");
    assertEquals(1, doctor.exitValue(), output);
    assertTrue(output.contains("compile-failed"), output);
    int line = greetingLine();
    assertTrue(output.contains(SOURCE + ":" + line), output);
  }

  @Test
  @Order(5)
  void fixingItMakesTheApplicationCurrentAgain() throws Exception {
    setGreeting("return \"Hello, fixed\";");

    JsonObject status = waitForState("current");
    assertEquals(
        0, status.getJsonObject("lastCompile").getJsonArray("errors").size(), status.toString());
    waitFor("the fix to be served", CHANGE_TIMEOUT, () -> text("/hello"), "Hello, fixed"::equals);
  }

  // --- the application's source

  /** Replaces the greeting's return statement; returns its (1-based) line. */
  private static int setGreeting(String statement) throws IOException {
    Path file = app.resolve(SOURCE);
    String source = Files.readString(file);
    Matcher m = GREETING_LINE.matcher(source);
    assertTrue(m.find(), "the greeting's return statement in " + file);
    int line = lineOf(source, m.start());
    String edited =
        source.substring(0, m.start()) + m.group(1) + statement + source.substring(m.end());
    Files.writeString(file, edited);
    return line;
  }

  private static int greetingLine() throws IOException {
    String source = Files.readString(app.resolve(SOURCE));
    Matcher m = GREETING_LINE.matcher(source);
    assertTrue(m.find(), "the greeting's return statement");
    return lineOf(source, m.start());
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  // --- HTTP and the status

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The body of a 200 answer, else null. */
  private static String text(String path) {
    try {
      HttpResponse<String> answer = get(path);
      return answer.statusCode() == 200 ? answer.body() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject status() {
    JsonObject status = statusOrNull();
    if (status == null) {
      fail("no status at " + url + "/devloop/status");
    }
    return status;
  }

  /** The dev status, or null while nothing (or not the status) answers. */
  private static JsonObject statusOrNull() {
    if (devMode != null && !devMode.isAlive()) {
      fail("dev mode ended (exit code " + devMode.exitValue() + "):\n" + tail(devLog));
    }
    String body = text("/devloop/status");
    if (body == null) {
      return null;
    }
    try {
      return json(body);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static JsonObject waitForState(String state) {
    return waitFor(
        "the status to say " + state,
        CHANGE_TIMEOUT,
        SecondApplicationIT::statusOrNull,
        s -> s != null && state.equals(s.getString("state")));
  }

  private static String startedAt(JsonObject status) {
    JsonObject start = status.getJsonObject("lastStart");
    assertEquals("started", start.getString("status"), status.toString());
    return start.getString("at");
  }

  private static List<String> swapped(JsonObject status) {
    JsonValue swap = status.get("lastSwap");
    if (swap == null || swap.getValueType() != JsonValue.ValueType.OBJECT) {
      return List.of();
    }
    return swap.asJsonObject().getJsonArray("classes").getValuesAs(JsonString::getString);
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /**
   * Asks {@code value} every 200 ms until {@code done} holds (returning that value) or {@code
   * timeout} passes (failing with the last value and dev mode's output).
   */
  private static <T> T waitFor(
      String what, Duration timeout, Supplier<T> value, Predicate<T> done) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T last;
    while (true) {
      last = value.get();
      if (done.test(last)) {
        return last;
      }
      if (System.nanoTime() > deadline) {
        fail(
            "waited "
                + timeout.toSeconds()
                + " s for "
                + what
                + "; last: "
                + last
                + "\ndev mode's output ends with:\n"
                + tail(devLog));
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  // --- Maven and files

  private static List<String> mavenCommand(List<String> repo) {
    List<String> command = new ArrayList<>();
    Path mvn = Path.of(required("devloop.it.maven.home"), "bin", "mvn");
    command.add(Files.isExecutable(mvn) ? mvn.toString() : basedir.resolve("../mvnw").toString());
    command.add("--batch-mode");
    command.add("--no-transfer-progress");
    if (Boolean.parseBoolean(System.getProperty("devloop.it.offline"))) {
      command.add("--offline");
    }
    command.addAll(repo);
    return command;
  }

  /** Runs Maven in {@code dir} to its end (bounded), its output in {@code log}. */
  private static void maven(Path dir, Path log, List<String> repo, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(mavenCommand(repo));
    command.addAll(List.of(arguments));
    Files.createDirectories(log.getParent());
    Process maven =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    maven.getOutputStream().close();
    if (!maven.waitFor(MAVEN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      maven.descendants().forEach(ProcessHandle::destroyForcibly);
      maven.destroyForcibly();
      fail("mvn " + String.join(" ", arguments) + " did not end in time:\n" + tail(log));
    }
    assertEquals(
        0, maven.exitValue(), "mvn " + String.join(" ", arguments) + " failed:\n" + tail(log));
  }

  /** The application's sources, without what a run of it in place leaves. */
  private static void copyApplication(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path relative = from.relativize(f);
        if (relative.startsWith("target") || relative.startsWith(".devloop")) {
          continue;
        }
        Path copy = to.resolve(relative.toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    Assumptions.assumeTrue(
        value != null && !value.isBlank(),
        "system property " + property + " (set by maven-failsafe-plugin, devloop/pom.xml)");
    return value;
  }

  private static long occurrences(Path file, String text) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> l.contains(text))
          .count();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  /** The last 60 lines of a file. */
  private static String tail(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return "(no output)";
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
