package org.example.devloop.agent;

import java.io.IOException;
import java.lang.instrument.ClassDefinition;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.ProtectionDomain;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Swaps recompiled classes into the running application (the JVM's class redefinition, {@link
 * Instrumentation#redefineClasses}) when an edit changed nothing but ordinary method bodies, so
 * that such a save is served without restarting the application.
 *
 * <p>An edit is swapped only when every changed file is a class file the application already
 * knows (loaded, or on disk at its last start), and {@link ClassEdit} finds that each edit changed
 * nothing but method bodies that run each time they are called: the shape is unchanged ({@link
 * ClassShape}; JPA's woven entities never compare equal to the compiler's output), no changed
 * method ran only once (constructors, static initialisers, lifecycle, producer and observer
 * methods, what the runtime calls once and keeps, and what those call), and the class is not one
 * the runtime calls only while the application starts. Anything else (a new or deleted class, a
 * resource, a changed annotation or signature, a refusal by the JVM) restarts the application as
 * before. What a swap cannot do: a result that old code computed and something kept (a value
 * cached in another class or a library) stays until the next restart.
 *
 * <p>After a swap (also one that needed no class redefined: javac rewrote classes unchanged, or
 * changed classes are not loaded yet) the system property {@value #SWAPPED_PROPERTY} holds {@code
 * <epoch milliseconds> <class names, comma-separated>}: from then on the running application is
 * what the class files say, and the dev status reports so ({@code lastSwap}).
 */
final class HotSwap {

  /** The system property that tells the application what was swapped last, and when. */
  static final String SWAPPED_PROPERTY = "devloop.swapped";

  /**
   * Set with {@link #SWAPPED_PROPERTY}: the newest modification time (ISO-8601, as precise as the
   * file system) of the class files a swap took up, so that the application compares class files
   * with class files.
   */
  static final String CLASSES_MODIFIED_PROPERTY = "devloop.swapped.classes-modified";

  /** What a class loader defined last for a class of the application: its loader and bytes. */
  private record Loaded(WeakReference<ClassLoader> loader, byte[] bytes) {}

  private final Instrumentation instrumentation;
  private final List<Path> classRoots;
  private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
  /** The class files as the running application knows them: internal name -> bytes. */
  private final Map<String, byte[]> onDisk = new ConcurrentHashMap<>();

  /**
   * @param instrumentation the agent's
   * @param classRoots the directories that the loose applications map to {@code WEB-INF/classes}
   */
  HotSwap(Instrumentation instrumentation, List<Path> classRoots) {
    this.instrumentation = instrumentation;
    this.classRoots = classRoots;
  }

  /**
   * Starts recording the bytes of the application's classes as they are defined (and redefined),
   * and reads the class files: the shapes that a later edit is compared with.
   */
  void install() {
    snapshot();
    instrumentation.addTransformer(new Recorder(), false);
  }

  /** Reads every class file again: called when the application restarts with what is on disk. */
  void snapshot() {
    Map<String, byte[]> files = new HashMap<>();
    for (Path root : classRoots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = className(file);
          if (name != null) {
            files.putIfAbsent(name, Files.readAllBytes(file));
          }
        }
      } catch (IOException e) {
        // a file deleted while walking: the next edit restarts (no snapshot for it)
      }
    }
    onDisk.clear();
    onDisk.putAll(files);
  }

  /** The outcome of {@link #trySwap}: the swapped classes, or why the application must restart. */
  record Outcome(List<String> swapped, String restartBecause) {
    static Outcome restart(String why) {
      return new Outcome(List.of(), why);
    }
  }

  /**
   * Swaps the changed files into the running application if the edit allows it (see the class
   * comment). Class files rewritten with the same bytes (javac rewrites every class of a compiled
   * source) need nothing; changed classes that are not loaded yet are loaded from disk when first
   * used, so they need nothing either when their shape is unchanged.
   *
   * @param changed the files that changed since the last restart or swap (absolute paths)
   * @return the swapped classes' names (possibly none), or why the application must restart
   */
  Outcome trySwap(Set<Path> changed) {
    List<ClassDefinition> definitions = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Map<String, byte[]> read = new HashMap<>();
    Instant newestModified = Instant.EPOCH;
    for (Path file : changed) {
      String name = className(file);
      if (name == null) {
        return Outcome.restart("not a class file: " + file);
      }
      if (!Files.isRegularFile(file)) {
        return Outcome.restart("a class file was deleted: " + file);
      }
      byte[] bytes;
      try {
        // before reading: a file rewritten meanwhile then counts as newer than what was swapped
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        newestModified = modified.isAfter(newestModified) ? modified : newestModified;
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        return Outcome.restart("cannot read " + file + ": " + e);
      }
      byte[] known = onDisk.get(name);
      if (known == null) {
        return Outcome.restart("a new class: " + name);
      }
      if (Arrays.equals(known, bytes)) {
        continue; // rewritten as it was
      }
      if (!ClassEdit.isWhole(bytes) || !ClassEdit.isWhole(known)) {
        // read while the compiler wrote it (or so read at the last restart): restart from disk
        return Outcome.restart("a class file that is not whole: " + file);
      }
      read.put(name, bytes);
      Loaded before = loaded.get(name);
      ClassLoader loader = before == null ? null : before.loader().get();
      if (loader == null) {
        // not loaded: loaded from disk when first used, if its shape allows
        String why = ClassEdit.whyNotSwappable(name, known, bytes);
        if (why != null) {
          return Outcome.restart(why);
        }
        continue;
      }
      Class<?> type = findLoaded(name.replace('/', '.'), loader);
      if (type == null) {
        continue; // its loader was discarded: a restart is under way or done
      }
      String why = ClassEdit.whyNotSwappable(name, before.bytes(), bytes, supertypes(type));
      if (why != null) {
        return Outcome.restart(why);
      }
      definitions.add(new ClassDefinition(type, bytes));
      names.add(type.getName());
    }
    if (!definitions.isEmpty()) {
      try {
        instrumentation.redefineClasses(definitions.toArray(ClassDefinition[]::new));
      } catch (Exception | LinkageError e) {
        return Outcome.restart("the JVM refused to redefine " + names + ": " + e);
      }
    }
    onDisk.putAll(read);
    System.setProperty(CLASSES_MODIFIED_PROPERTY, newestModified.toString());
    System.setProperty(
        SWAPPED_PROPERTY, System.currentTimeMillis() + " " + String.join(",", names));
    return new Outcome(names, null);
  }

  private Class<?> findLoaded(String name, ClassLoader loader) {
    for (Class<?> c : instrumentation.getInitiatedClasses(loader)) {
      if (c.getName().equals(name) && c.getClassLoader() == loader) {
        return c;
      }
    }
    for (Class<?> c : instrumentation.getAllLoadedClasses()) {
      if (c.getName().equals(name) && c.getClassLoader() == loader) {
        return c;
      }
    }
    return null;
  }

  /** The binary names of every superclass and interface of {@code type}. */
  private static Set<String> supertypes(Class<?> type) {
    Set<String> names = new HashSet<>();
    Deque<Class<?>> work = new ArrayDeque<>(List.of(type));
    while (!work.isEmpty()) {
      Class<?> c = work.pop();
      if (c != type && !names.add(c.getName())) {
        continue;
      }
      if (c.getSuperclass() != null) {
        work.push(c.getSuperclass());
      }
      work.addAll(List.of(c.getInterfaces()));
    }
    return names;
  }

  /** The internal name of the class in {@code file} if it lies in a class root; null otherwise. */
  String className(Path file) {
    String path = file.toString();
    if (!path.endsWith(".class")) {
      return null;
    }
    for (Path root : classRoots) {
      if (file.startsWith(root)) {
        String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        return relative.substring(0, relative.length() - ".class".length());
      }
    }
    return null;
  }

  /** Keeps the bytes of each application class as defined; never changes them. */
  private final class Recorder implements ClassFileTransformer {
    @Override
    public byte[] transform(
        ClassLoader loader,
        String className,
        Class<?> classBeingRedefined,
        ProtectionDomain domain,
        byte[] bytes) {
      if (loader != null && className != null && onDisk.containsKey(className)) {
        loaded.put(className, new Loaded(new WeakReference<>(loader), bytes.clone()));
      }
      return null;
    }
  }
}
