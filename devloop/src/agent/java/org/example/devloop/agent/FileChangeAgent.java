package org.example.devloop.agent;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Restarts a dev-mode application the moment its files change, instead of letting Liberty's
 * application monitor find out by polling.
 *
 * <p>Liberty's polled monitor ({@code applicationMonitor updateTrigger="polled"}) sees a change at
 * its next scan, waits for two further scans 100 ms apart without changes (Open Liberty's {@code
 * MonitorHolder#scheduledScan}) and then another 200 ms in case more changes come ({@code
 * ApplicationMonitor.ApplicationListeners#queueEvent}): about 0.4 s of every dev-mode edit before
 * the restart begins. This agent watches, with the operating system's file notifications ({@link
 * WatchService}, inotify on Linux), every directory that a loose application definition ({@code
 * apps/<name>.war.xml} in the server directory, a Liberty server's working directory) maps into the
 * application, and once the changes have been quiet for {@value #QUIET_MILLIS} ms restarts the
 * application through its {@code WebSphere:service=com.ibm.websphere.application.ApplicationMBean}.
 * A restart reads the loose application anew: edited classes, changed annotations (a new
 * {@code @Path}), added and deleted classes, and an application whose last start failed come back
 * as after the monitor's restart. Where that MBean
 * is not registered (the application is not installed yet), it asks the monitor instead ({@code
 * FileNotificationMBean#processApplicationChanges}, with {@code updateTrigger="mbean"}). The
 * server runs with {@code updateTrigger="mbean"} so that the monitor does not restart it a second
 * time: the agent sets the system property {@code APP_UPDATE_TRIGGER=mbean} at start (Liberty's
 * variables prefer system properties to environment variables and to server.xml's default, {@code
 * polled}), unless the environment chose another trigger ({@code polled}, {@code disabled}), in
 * which case it does nothing — except that it takes over from {@code polled} when the environment
 * also sets {@code DEVLOOP_WATCH} (liberty:devc sets both: {@code polled} for a container whose
 * JVM options do not name this agent yet, {@code DEVLOOP_WATCH} for one whose do).
 *
 * <p>Before restarting, it tries a hot swap ({@link HotSwap}): when the changed files are classes
 * whose edit changed nothing but ordinary method bodies, it redefines them in the running JVM and
 * skips the restart. Environment variable {@code DEVLOOP_RELOAD}: {@code swap} (default) or {@code
 * restart} (every change restarts). Each swap and each restart prints one line ({@code
 * devloop-agent: ...}) on the server's console, naming why a restart was needed.
 *
 * <p>It runs outside the applications (a Java agent named in dev mode's {@code jvm.options}), so
 * it also restarts an application whose last start failed. It does nothing when the server runs
 * without a loose application (a packaged WAR), and never touches the platform MBean server before
 * Liberty's kernel has installed its own (the {@code javax.management.builder.initial} property),
 * which would otherwise replace it.
 *
 * <p>Environment variable {@code DEVLOOP_WATCH}: {@code notify} (default: the operating system's
 * file notifications, {@link NotifiedChanges}) or {@code poll} (a scan of the files every {@value
 * #POLL_MILLIS} ms, {@link PolledChanges}; liberty:devc sets it, as the files are bind-mounted
 * from the host and not every container runtime passes the host's notifications on).
 *
 * <p>Agent argument (optional): a directory to read loose application definitions from instead
 * of {@link LooseApplications#appsDirectory()} (the server's {@code apps} directory, also inside
 * an Open Liberty image, whose definitions name the project by a Liberty variable).
 */
public final class FileChangeAgent {

  /** Changes quiet for this long are complete: javac writes one compilation's classes at once. */
  static final long QUIET_MILLIS = 20;

  /** Longest wait for the classes of a source that dev mode deleted to compile it again. */
  static final long RECOMPILE_WAIT_MILLIS = 10_000;

  /** With {@code DEVLOOP_WATCH=poll}: how often the files are scanned. */
  static final long POLL_MILLIS = 100;

  private static final Logger LOG = Logger.getLogger(FileChangeAgent.class.getName());
  private FileChangeAgent() {}

  /** Entry point of {@code -javaagent:devloop-agent.jar[=appsDirectory]}. */
  public static void premain(String args, Instrumentation instrumentation) {
    if (System.getProperty("devloop.agent.loaded") != null) {
      return; // named twice in jvm.options: one agent restarts, not two
    }
    System.setProperty("devloop.agent.loaded", "true");
    String chosen = System.getenv("APP_UPDATE_TRIGGER");
    // liberty:devc sets polled (for a server without this agent) and DEVLOOP_WATCH (for this one)
    boolean takeOver =
        "polled".equalsIgnoreCase(chosen) && System.getenv("DEVLOOP_WATCH") != null;
    if (chosen != null && !chosen.equalsIgnoreCase("mbean") && !takeOver) {
      return; // the monitor polls or is off, as asked: restarting too would restart twice
    }
    Path apps;
    try {
      apps =
          args == null || args.isBlank()
              ? LooseApplications.appsDirectory()
              : Path.of(args.trim());
      if (LooseApplications.watchedPlaces(apps).isEmpty()) {
        return; // a packaged application: nothing to watch
      }
    } catch (IOException | RuntimeException e) {
      return;
    }
    String watch = System.getenv().getOrDefault("DEVLOOP_WATCH", "notify");
    if (!watch.equalsIgnoreCase("notify") && !watch.equalsIgnoreCase("poll")) {
      report("DEVLOOP_WATCH must be notify or poll, not '" + watch + "': using notify");
      watch = "notify";
    }
    long pollMillis = watch.equalsIgnoreCase("poll") ? POLL_MILLIS : 0;
    // Before Liberty reads server.xml: a system property beats the variable's default (polled),
    // so that the monitor waits for this agent instead of restarting a second time.
    System.setProperty("APP_UPDATE_TRIGGER", "mbean");
    HotSwap hotSwap = null;
    String reload = System.getenv().getOrDefault("DEVLOOP_RELOAD", "swap");
    if (!reload.equalsIgnoreCase("swap") && !reload.equalsIgnoreCase("restart")) {
      report("DEVLOOP_RELOAD must be swap or restart, not '" + reload + "': using swap");
      reload = "swap";
    }
    System.setProperty("devloop.reload", reload.toLowerCase(java.util.Locale.ROOT));
    if (reload.equalsIgnoreCase("swap")) {
      try {
        hotSwap = new HotSwap(instrumentation, LooseApplications.classRoots(apps));
        hotSwap.install(); // before the application's classes load
      } catch (IOException | RuntimeException | LinkageError e) {
        LOG.log(Level.WARNING, "Hot swap is off: every edit restarts the application", e);
        hotSwap = null;
      }
    }
    HotSwap swapper = hotSwap;
    Thread thread =
        new Thread(() -> run(apps, pollMillis, swapper), "devloop-file-change-agent");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run(Path apps, long pollMillis, HotSwap hotSwap) {
    Map<Path, List<String>> places;
    List<String> applications;
    List<Path> classRoots;
    try {
      places = LooseApplications.watchedPlaces(apps);
      applications = LooseApplications.names(apps);
      classRoots = LooseApplications.classRoots(apps);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot read " + apps + "; edits are not reloaded", e);
      return;
    }
    try (Changes changes = Changes.of(places, pollMillis)) {
      // Tells the application that saves are reloaded (org.example.devloop.Reload).
      System.setProperty(
          "devloop.agent",
          (pollMillis > 0 ? "polling every " + pollMillis + " ms " : "watching ")
              + places.keySet());
      loop(changes, applications, classRoots, hotSwap);
    } catch (IOException | ClosedWatchServiceException e) {
      LOG.log(Level.WARNING, "File change notifications stopped; edits are not reloaded", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void loop(
      Changes changes, List<String> applications, List<Path> classRoots, HotSwap hotSwap)
      throws IOException, InterruptedException {
    Set<Path> changed = new LinkedHashSet<>();
    boolean mustRestart = false;
    String why = null;
    long recompilingSince = 0;
    while (true) {
      boolean pending = mustRestart || !changed.isEmpty();
      Changes.Batch batch = changes.next(pending ? QUIET_MILLIS : -1);
      if (batch.lost()) {
        mustRestart = true;
        why = "too many changes at once";
      }
      if (!batch.isEmpty()) {
        changed.addAll(batch.files());
        continue; // not quiet yet
      }
      if (!pending) {
        continue;
      }
      // Dev mode deletes the classes of a source before compiling it again (a source replaced
      // rather than edited: a checkout, a stash): wait for them instead of restarting without.
      long now = System.currentTimeMillis();
      if (beingRecompiled(changed, classRoots) || beingWritten(changed)) {
        recompilingSince = recompilingSince == 0 ? now : recompilingSince;
        if (now - recompilingSince < RECOMPILE_WAIT_MILLIS) {
          Thread.sleep(QUIET_MILLIS);
          continue;
        }
      }
      recompilingSince = 0;
      if (!mustRestart && hotSwap != null) {
        long began = System.nanoTime();
        HotSwap.Outcome outcome;
        try {
          outcome = hotSwap.trySwap(changed);
        } catch (RuntimeException | LinkageError e) {
          // never the end of this thread: a restart is always right
          outcome = HotSwap.Outcome.restart("cannot compare the changed classes: " + e);
        }
        if (outcome.restartBecause() == null) {
          report(
              "swapped "
                  + (outcome.swapped().isEmpty() ? "no class" : outcome.swapped())
                  + " into the running application in "
                  + (System.nanoTime() - began) / 1_000_000
                  + " ms, without a restart");
          changed.clear();
          continue;
        }
        why = outcome.restartBecause();
      }
      if (why != null || !mustRestart) {
        report(
            "restarting the application: "
                + (why != null ? why : "changed: " + changed.iterator().next()));
        why = null;
      }
      if (hotSwap != null) {
        hotSwap.snapshot(); // what the restart reads
      }
      if (LibertyRestart.restart(applications)) {
        changed.clear();
        mustRestart = false;
      } else {
        mustRestart = true; // Liberty not up yet: ask again (without a second report)
        Thread.sleep(200);
      }
    }
  }

  /**
   * Whether a deleted class file among {@code changed} still has its source ({@code
   * src/main/java} next to {@code target/classes}, as Maven lays a module out): dev mode is
   * compiling it again.
   */
  static boolean beingRecompiled(Set<Path> changed, List<Path> classRoots) {
    for (Path file : changed) {
      if (!file.toString().endsWith(".class") || Files.exists(file)) {
        continue;
      }
      for (Path root : classRoots) {
        if (file.startsWith(root) && root.endsWith(Path.of("target", "classes"))) {
          String name = root.relativize(file).toString();
          String outer = name.substring(0, name.length() - ".class".length()).split("\\$")[0];
          Path source = root.getParent().getParent().resolve("src/main/java").resolve(outer + ".java");
          if (Files.exists(source)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a class file among {@code changed} is not a whole class yet: the compiler has created
   * or truncated it and not written all of it (on a busy machine the rest can come tens of
   * milliseconds later, after the quiet period; its write is another change).
   */
  static boolean beingWritten(Set<Path> changed) {
    for (Path file : changed) {
      if (file.toString().endsWith(".class") && Files.isRegularFile(file)) {
        try {
          if (!ClassEdit.isWhole(Files.readAllBytes(file))) {
            return true;
          }
        } catch (IOException e) {
          // unreadable: what acts on the change says so
        }
      }
    }
    return false;
  }

  /** One line on the server's console (the dev-mode terminal) and in messages.log. */
  private static void report(String message) {
    System.out.println("devloop-agent: " + message);
  }
}
