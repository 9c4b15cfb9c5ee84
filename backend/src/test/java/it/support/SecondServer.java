package it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A second Liberty server, copied from the one the build created, started with its own environment:
 * for tests that need a different database or a taken port. Stopped by close().
 */
public final class SecondServer implements AutoCloseable {

  private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "data", "tranlog");

  /**
   * The build server's own settings that a copy must not take: its ports would beat the
   * environment's HTTP_PORT (overrides win), and the demo data that its SQL Server gets (profile
   * it-sqlserver) would beat the test's ZOO_DEMO_DATA.
   */
  private static final Set<String> BUILD_SERVER_ONLY =
      Set.of("configDropins/overrides/it-ports.xml", "configDropins/overrides/it-sqlserver.xml");

  private final Path wlp;
  private final String name;
  private final Path directory;
  private final Map<String, String> environment;

  public SecondServer(String name, Map<String, String> environment) {
    this(name, environment, Set.of());
  }

  /**
   * @param leftOut files of the template server (relative to its directory) not copied, e.g. the
   *     test signing key's configuration to see the server without a key
   */
  public SecondServer(String name, Map<String, String> environment, Set<String> leftOut) {
    this(name, environment, leftOut, directory -> {});
  }

  /**
   * @param prepare changes the copied server's directory before it starts (e.g. replaces its
   *     application)
   */
  public SecondServer(
      String name,
      Map<String, String> environment,
      Set<String> leftOut,
      java.util.function.Consumer<Path> prepare) {
    this.wlp = Path.of(System.getProperty("zoo.it.wlpDir", "target/liberty/wlp"));
    this.name = name;
    this.environment = environment;
    Path template = wlp.resolve("usr/servers/zoo");
    this.directory = wlp.resolve("usr/servers/" + name);
    if (!Files.isDirectory(template)) {
      throw new IllegalStateException(
          "no server to copy at " + template + "; run through ./mvnw verify");
    }
    deleteRecursively(directory);
    copy(template, directory, leftOut);
    prepare.accept(directory);
    run(List.of("stop"), Map.of(), Duration.ofSeconds(60)); // a leftover from an interrupted run
    run(List.of("start"), environment, Duration.ofSeconds(120));
  }

  /**
   * Copies the build's server to a server of this name (without its logs and data) and starts
   * nothing: for tests that run it themselves, e.g. in the foreground with {@code server run}.
   *
   * @return the wlp directory whose bin/server runs it
   */
  public static Path copyOnly(String name) {
    Path wlp = Path.of(System.getProperty("zoo.it.wlpDir", "target/liberty/wlp"));
    Path template = wlp.resolve("usr/servers/zoo");
    if (!Files.isDirectory(template)) {
      throw new IllegalStateException(
          "no server to copy at " + template + "; run through ./mvnw verify");
    }
    Path directory = wlp.resolve("usr/servers/" + name);
    deleteRecursively(directory);
    copy(template, directory, Set.of());
    return wlp;
  }

  /** Starts the server again (after {@link #kill}), with its data and the same environment. */
  public void restart() {
    run(List.of("start"), environment, Duration.ofSeconds(120));
  }

  /** kill -9 of the server's JVM: no shutdown hook, no flush, as a crash or the OOM killer does. */
  public void kill() {
    long pid;
    try {
      pid =
          Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ProcessHandle process =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
    process.destroyForcibly(); // SIGKILL on Linux and macOS
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("server " + name + " (pid " + pid + ") did not die", e);
    }
  }

  public Path directory() {
    return directory;
  }

  public Path messagesLog() {
    return directory.resolve("logs/messages.log");
  }

  public String log() {
    try {
      return Files.exists(messagesLog()) ? Files.readString(messagesLog()) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    run(List.of("stop"), Map.of(), Duration.ofSeconds(60));
  }

  private void run(List<String> command, Map<String, String> environment, Duration timeout) {
    List<String> full = new java.util.ArrayList<>();
    full.add(wlp.resolve("bin/server").toString());
    full.add(command.get(0));
    full.add(name);
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    ownDatabase(builder.environment());
    builder.environment().putAll(environment);
    builder.redirectOutput(directory.resolve("server-" + command.get(0) + ".out").toFile());
    try {
      Process process = builder.start();
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "server " + command + " " + name + " did not finish in " + timeout);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls until the condition holds; fails with the message and the server log otherwise. */
  public void await(String what, Duration timeout, BooleanSupplier condition) {
    if (Poll.within(timeout, Duration.ofMillis(250), condition)) {
      return;
    }
    throw new AssertionError("timed out after " + timeout + " waiting for: " + what + "\n" + log());
  }

  private static void copy(Path from, Path to, Set<String> leftOut) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path relative = from.relativize(source);
        String name = relative.toString().replace('\\', '/');
        if (relative.getNameCount() > 0 && NOT_COPIED.contains(relative.getName(0).toString())
            || leftOut.contains(name)
            || BUILD_SERVER_ONLY.contains(name)) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The environment of a server on {@code httpPort} that uses the H2 database at {@code h2Url}
   * without demo data, and {@code more} settings as name, value, name, value, ...
   */
  public static Map<String, String> onDatabase(int httpPort, String h2Url, String... more) {
    Map<String, String> env = new HashMap<>();
    env.put("HTTP_PORT", Integer.toString(httpPort));
    env.put("H2_URL", h2Url);
    env.put("ZOO_DEMO_DATA", "false");
    for (int i = 0; i + 1 < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  /**
   * A copied server's environment gets its own H2 database (in its directory, or the test's
   * H2_URL): the build's environment may name the SQL Server of the build's test server ({@link
   * TestDatabase}), which is not a copy's to share. A test that wants another database names it
   * after this.
   */
  public static void ownDatabase(Map<String, String> environment) {
    environment.put("DB_KIND", "h2");
  }

  public static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
