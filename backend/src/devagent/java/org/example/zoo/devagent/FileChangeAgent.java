package org.example.zoo.devagent;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.lang.management.ManagementFactory;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Tells Liberty's application monitor the moment an application's files change, instead of
 * letting it find out by polling.
 *
 * <p>Liberty's polled monitor ({@code applicationMonitor updateTrigger="polled"}) sees a change
 * at its next scan and then waits for two further scans 100 ms apart without changes before it
 * restarts the application (Open Liberty's {@code MonitorHolder#scheduledScan}): about 0.4 s of
 * every dev-mode edit. With {@code updateTrigger="mbean"} the monitor scans only when asked
 * through the {@code WebSphere:service=com.ibm.ws.kernel.filemonitor.FileNotificationMBean}.
 * This agent asks: it watches, with the operating system's file notifications ({@link
 * WatchService}, inotify on Linux), every directory that a loose application definition ({@code
 * apps/*.xml} in the server directory, the working directory of a Liberty server) maps into an
 * application, and once the changes have been quiet for {@value #QUIET_MILLIS} ms it calls {@code
 * processApplicationChanges()}. Liberty then scans and restarts what changed, exactly as the
 * polled monitor would, only sooner.
 *
 * <p>It runs outside the applications (a Java agent named in dev mode's {@code jvm.options}), so
 * it also reloads an application whose last start failed. It does nothing when the server runs
 * without a loose application (a packaged WAR) or before Liberty has registered the MBean; it
 * never touches the platform MBean server before Liberty's kernel has installed its own (the
 * {@code javax.management.builder.initial} property), which would otherwise replace it.
 *
 * <p>Agent argument (optional): a directory to read loose application definitions from instead
 * of {@code <working directory>/apps}.
 */
public final class FileChangeAgent {

  /** Changes quiet for this long are complete: javac writes one compilation's classes at once. */
  static final long QUIET_MILLIS = 20;

  private static final Logger LOG = Logger.getLogger(FileChangeAgent.class.getName());
  private static final String MBEAN =
      "WebSphere:service=com.ibm.ws.kernel.filemonitor.FileNotificationMBean";
  private static final Pattern SOURCE_ON_DISK =
      Pattern.compile("<(dir|file)\\b[^>]*\\bsourceOnDisk=\"([^\"]+)\"");

  private FileChangeAgent() {}

  /** Entry point of {@code -javaagent:zoo-devagent.jar[=appsDirectory]}. */
  public static void premain(String args, Instrumentation instrumentation) {
    Path apps =
        args == null || args.isBlank()
            ? Path.of(System.getProperty("user.dir"), "apps")
            : Path.of(args.trim());
    Thread thread = new Thread(() -> run(apps), "zoo-file-change-agent");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The directories to watch (recursively) and the single files (through their parent directory)
   * that the loose application definitions in {@code apps} map into applications; empty when
   * there is none.
   *
   * @param apps a server's {@code apps} directory
   * @return directory → the file names to report in it, or an empty list for "everything below"
   */
  static Map<Path, List<String>> watchedPlaces(Path apps) throws IOException {
    Map<Path, List<String>> places = new HashMap<>();
    if (!Files.isDirectory(apps)) {
      return places;
    }
    List<Path> definitions;
    try (Stream<Path> files = Files.list(apps)) {
      definitions = files.filter(p -> p.toString().endsWith(".xml")).toList();
    }
    for (Path definition : definitions) {
      Matcher m = SOURCE_ON_DISK.matcher(Files.readString(definition));
      while (m.find()) {
        Path source = Path.of(m.group(2));
        if (m.group(1).equals("dir")) {
          places.put(source, List.of());
        } else if (source.getParent() != null) {
          places.merge(
              source.getParent(),
              List.of(source.getFileName().toString()),
              (known, added) ->
                  known.isEmpty() ? known : Stream.concat(known.stream(), added.stream()).toList());
        }
      }
    }
    return places;
  }

  private static void run(Path apps) {
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      Map<Path, List<String>> places = watchedPlaces(apps);
      if (places.isEmpty()) {
        return; // a packaged application: nothing to watch
      }
      // Tells the application that saves are reloaded (org.example.zoo.platform.ZooConfig).
      System.setProperty("zoo.devagent", "watching " + places.keySet());
      Map<WatchKey, Path> keys = new HashMap<>();
      Map<WatchKey, List<String>> only = new HashMap<>();
      for (Map.Entry<Path, List<String>> place : places.entrySet()) {
        if (place.getValue().isEmpty()) {
          registerTree(watcher, place.getKey(), keys);
        } else if (Files.isDirectory(place.getKey())) {
          WatchKey key = register(watcher, place.getKey());
          keys.put(key, place.getKey());
          only.put(key, place.getValue());
        }
      }
      loop(watcher, keys, only);
    } catch (IOException | ClosedWatchServiceException e) {
      LOG.log(Level.WARNING, "File change notifications stopped; edits are not reloaded", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void loop(
      WatchService watcher, Map<WatchKey, Path> keys, Map<WatchKey, List<String>> only)
      throws IOException, InterruptedException {
    boolean pending = false;
    while (true) {
      WatchKey key =
          pending ? watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) : watcher.take();
      if (key == null) {
        pending = !notifyLiberty();
        if (pending) {
          Thread.sleep(200); // Liberty not up yet: ask again
        }
        continue;
      }
      Path dir = keys.get(key);
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
          pending = true;
          continue;
        }
        Path name = (Path) event.context();
        List<String> names = only.get(key);
        if (names != null && !names.contains(name.toString())) {
          continue;
        }
        pending = true;
        Path child = dir.resolve(name);
        if (names == null
            && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
            && Files.isDirectory(child)) {
          registerTree(watcher, child, keys);
        }
      }
      if (!key.reset()) {
        keys.remove(key);
      }
    }
  }

  /** Whether Liberty took the notification (false: its kernel or MBean is not there yet). */
  private static boolean notifyLiberty() {
    if (System.getProperty("javax.management.builder.initial") == null) {
      return false;
    }
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(MBEAN);
      if (!server.isRegistered(name)) {
        return false;
      }
      server.invoke(name, "processApplicationChanges", new Object[0], new String[0]);
      return true;
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Liberty's file notification MBean refused the change", e);
      return true; // do not retry a refusal in a loop; the next change asks again
    }
  }

  private static void registerTree(WatchService watcher, Path root, Map<WatchKey, Path> keys)
      throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        keys.put(register(watcher, dir), dir);
      }
    }
  }

  private static WatchKey register(WatchService watcher, Path dir) throws IOException {
    return dir.register(
        watcher,
        StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
  }
}
