package org.example.zoo.devagent;

import java.io.IOException;
import java.lang.instrument.ClassDefinition;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.ProtectionDomain;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Swaps recompiled classes into the running application (the JVM's class redefinition, {@link
 * Instrumentation#redefineClasses}) when an edit changed nothing but ordinary method bodies, so
 * that such a save is served without restarting the application.
 *
 * <p>An edit is swapped only when every changed file is a class file of the application that it
 * has already loaded, and for each of them:
 *
 * <ul>
 *   <li>its shape is unchanged: class header, supertypes, fields, methods, their signatures and
 *       every annotation (class, field, method, parameter), compared as written by javac without
 *       the methods' code and debug attributes; JPA's woven entities never compare equal to the
 *       compiler's output, so they always restart;
 *   <li>no changed method runs only at start-up or once per bean: constructors, static
 *       initialisers, and methods annotated {@code @PostConstruct}, {@code @PreDestroy}, {@code
 *       @Produces}, JPA lifecycle callbacks, or with an {@code @Observes}, {@code @ObservesAsync} or
 *       {@code @Disposes} parameter;
 *   <li>it is not a class that the runtime calls only while the application starts (JAX-RS {@code
 *       Application}, {@code Feature}, {@code DynamicFeature}, {@code ParamConverterProvider}, CDI
 *       {@code Extension}, servlet context listeners and initialisers).
 * </ul>
 *
 * Anything else (a new, deleted or not yet loaded class, a resource, a changed annotation or
 * signature, a refusal by the JVM) restarts the application as before. What a swap cannot do: a
 * method body that already ran and whose result was kept (a value computed at start-up in a method
 * that is not one of the above) keeps its result until the next restart.
 *
 * <p>After a swap (also one that needed no class redefined: javac rewrote classes unchanged, or
 * changed classes are not loaded yet) the system property {@value #SWAPPED_PROPERTY} holds {@code
 * <epoch milliseconds> <class names, comma-separated>}: from then on the running application is
 * what the class files say, and it reports so ({@code /api/info}'s {@code dev.lastSwap}).
 */
final class HotSwap {

  /** The system property that tells the application what was swapped last, and when. */
  static final String SWAPPED_PROPERTY = "zoo.devagent.swapped";

  private static final Set<String> ONCE_ANNOTATIONS =
      Set.of(
          "Ljakarta/annotation/PostConstruct;",
          "Ljakarta/annotation/PreDestroy;",
          "Ljakarta/enterprise/inject/Produces;",
          "Ljakarta/persistence/PrePersist;",
          "Ljakarta/persistence/PostPersist;",
          "Ljakarta/persistence/PreUpdate;",
          "Ljakarta/persistence/PostUpdate;",
          "Ljakarta/persistence/PreRemove;",
          "Ljakarta/persistence/PostRemove;",
          "Ljakarta/persistence/PostLoad;");

  private static final Set<String> ONCE_PARAMETER_ANNOTATIONS =
      Set.of(
          "Ljakarta/enterprise/event/Observes;",
          "Ljakarta/enterprise/event/ObservesAsync;",
          "Ljakarta/enterprise/inject/Disposes;");

  /** Methods that the runtime calls once and whose result it keeps, by the type declaring them. */
  private static final Map<String, Set<String>> ONCE_METHODS =
      Map.of(
          "jakarta.validation.ConstraintValidator", Set.of("initialize"),
          "jakarta.ws.rs.ext.ContextResolver", Set.of("getContext"));

  private static final Set<String> START_UP_TYPES =
      Set.of(
          "jakarta.ws.rs.core.Application",
          "jakarta.ws.rs.core.Feature",
          "jakarta.ws.rs.container.DynamicFeature",
          "jakarta.ws.rs.ext.ParamConverterProvider",
          "jakarta.enterprise.inject.spi.Extension",
          "jakarta.servlet.ServletContextListener",
          "jakarta.servlet.ServletContainerInitializer");

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
      read.put(name, bytes);
      Loaded before = loaded.get(name);
      ClassLoader loader = before == null ? null : before.loader().get();
      if (loader == null) {
        // not loaded: loaded from disk when first used, if its shape allows
        String why = whyNotSwappable(name, known, bytes);
        if (why != null) {
          return Outcome.restart(why);
        }
        continue;
      }
      Class<?> type = findLoaded(name.replace('/', '.'), loader);
      if (type == null) {
        continue; // its loader was discarded: a restart is under way or done
      }
      String why = whyNotSwappable(name, before.bytes(), bytes, supertypes(type));
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
    System.setProperty(
        SWAPPED_PROPERTY, System.currentTimeMillis() + " " + String.join(",", names));
    return new Outcome(names, null);
  }

  /**
   * Why an edit of a class from {@code before} to {@code after} cannot be swapped; null if it can.
   */
  static String whyNotSwappable(String name, byte[] before, byte[] after) {
    ClassNode node = read(after);
    Set<String> supertypes = new HashSet<>(node.interfaces);
    if (node.superName != null) {
      supertypes.add(node.superName);
    }
    return whyNotSwappable(
        name,
        before,
        after,
        supertypes.stream().map(t -> t.replace('/', '.')).collect(Collectors.toSet()));
  }

  /**
   * Why an edit of a class from {@code before} to {@code after} cannot be swapped; null if it can.
   *
   * @param supertypes the class's superclasses and interfaces (binary names), as loaded
   */
  static String whyNotSwappable(
      String name, byte[] before, byte[] after, Set<String> supertypes) {
    ClassNode old = read(before);
    ClassNode now = read(after);
    String difference = shapeDifference(old, now);
    if (difference != null) {
      return name + ": " + difference;
    }
    for (String type : supertypes) {
      if (START_UP_TYPES.contains(type)) {
        return name + " is a " + type + ", called while the application starts";
      }
    }
    // What ran once, at start-up or when an object was made, and every method of this class that
    // it called (in the old or the new code): a change there would not be seen until a restart.
    Map<String, String> once = new HashMap<>();
    onceRoots(old, supertypes, once);
    onceRoots(now, supertypes, once);
    reachFrom(old, once);
    reachFrom(now, once);
    Map<String, MethodNode> oldMethods = new HashMap<>();
    for (MethodNode m : old.methods) {
      oldMethods.put(m.name + m.desc, m);
    }
    for (MethodNode m : now.methods) {
      MethodNode o = oldMethods.get(m.name + m.desc);
      if (o == null || Arrays.equals(code(o), code(m))) {
        continue;
      }
      String why = once.get(m.name + m.desc);
      if (why != null) {
        return name + "." + m.name + " changed: it " + why;
      }
    }
    return null;
  }

  /** The methods that run once, with why: constructors, initialisers, lifecycle and the like. */
  private static void onceRoots(ClassNode node, Set<String> supertypes, Map<String, String> once) {
    Set<String> onceByType = new HashSet<>();
    for (String type : supertypes) {
      onceByType.addAll(ONCE_METHODS.getOrDefault(type, Set.of()));
    }
    for (MethodNode m : node.methods) {
      String why = null;
      if (m.name.equals("<init>")) {
        why = "runs when an object is created";
      } else if (m.name.equals("<clinit>")) {
        why = "runs when the class is initialised";
      } else if (annotated(m.visibleAnnotations, ONCE_ANNOTATIONS)) {
        why = "is a lifecycle or producer method";
      } else if (m.visibleParameterAnnotations != null
          && Arrays.stream(m.visibleParameterAnnotations)
              .anyMatch(p -> annotated(p, ONCE_PARAMETER_ANNOTATIONS))) {
        why = "is an observer or disposer method";
      } else if (onceByType.contains(m.name)) {
        why = "is called once by the runtime, which keeps its result";
      }
      if (why != null) {
        once.putIfAbsent(m.name + m.desc, why);
      }
    }
  }

  /** Adds to {@code once} every method of the class that a method in it calls, transitively. */
  private static void reachFrom(ClassNode node, Map<String, String> once) {
    Map<String, MethodNode> methods = new HashMap<>();
    for (MethodNode m : node.methods) {
      methods.put(m.name + m.desc, m);
    }
    Deque<String> work = new ArrayDeque<>(once.keySet());
    while (!work.isEmpty()) {
      String caller = work.pop();
      MethodNode m = methods.get(caller);
      if (m == null) {
        continue;
      }
      for (AbstractInsnNode insn : m.instructions) {
        List<String> callees = new ArrayList<>();
        if (insn instanceof MethodInsnNode call && call.owner.equals(node.name)) {
          callees.add(call.name + call.desc);
        } else if (insn instanceof InvokeDynamicInsnNode indy) {
          for (Object arg : indy.bsmArgs) {
            if (arg instanceof Handle h && h.getOwner().equals(node.name)) {
              callees.add(h.getName() + h.getDesc());
            }
          }
        }
        for (String callee : callees) {
          if (!once.containsKey(callee)) {
            once.put(
                callee,
                "is called from "
                    + caller.substring(0, caller.indexOf('('))
                    + ", which "
                    + once.get(caller));
            work.push(callee);
          }
        }
      }
    }
  }

  private static boolean annotated(List<AnnotationNode> annotations, Set<String> any) {
    return annotations != null && annotations.stream().anyMatch(a -> any.contains(a.desc));
  }

  private static ClassNode read(byte[] bytes) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return node;
  }

  /**
   * What differs between two versions of a class apart from its methods' code, in words; null when
   * nothing does. Nested-class entries of other classes (javac names {@code
   * MethodHandles$Lookup} once a method concatenates strings) are not part of the shape.
   */
  static String shapeDifference(ClassNode old, ClassNode now) {
    if (!Arrays.equals(header(old), header(now))) {
      return "its declaration, annotations or nested classes changed";
    }
    Map<String, byte[]> oldFields = new HashMap<>();
    for (FieldNode f : old.fields) {
      oldFields.put(f.name, field(f));
    }
    for (FieldNode f : now.fields) {
      byte[] before = oldFields.remove(f.name);
      if (before == null) {
        return "field " + f.name + " was added";
      }
      if (!Arrays.equals(before, field(f))) {
        return "field " + f.name + " changed its type, modifiers or annotations";
      }
    }
    if (!oldFields.isEmpty()) {
      return "field " + oldFields.keySet().iterator().next() + " was removed";
    }
    Map<String, byte[]> oldMethods = new HashMap<>();
    for (MethodNode m : old.methods) {
      oldMethods.put(m.name + m.desc, declaration(m));
    }
    for (MethodNode m : now.methods) {
      byte[] before = oldMethods.remove(m.name + m.desc);
      if (before == null) {
        return "method " + m.name + m.desc + " was added (a new lambda is a new method)";
      }
      if (!Arrays.equals(before, declaration(m))) {
        return "method " + m.name + " changed its modifiers, exceptions or annotations";
      }
    }
    return oldMethods.isEmpty()
        ? null
        : "method " + oldMethods.keySet().iterator().next() + " was removed";
  }

  /** The class without members and without other classes' nested-class entries. */
  private static byte[] header(ClassNode node) {
    ClassNode copy = new ClassNode();
    node.accept(copy);
    copy.fields.clear();
    copy.methods.clear();
    copy.innerClasses.removeIf(
        c -> !c.name.equals(node.name) && !c.name.startsWith(node.name + "$"));
    ClassWriter writer = new ClassWriter(0);
    copy.accept(writer);
    return writer.toByteArray();
  }

  /** A member alone in a class file: equal bytes, equal member. */
  private static byte[] alone(Consumer<ClassWriter> member) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "M", null, "java/lang/Object", null);
    member.accept(writer);
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static byte[] field(FieldNode field) {
    return alone(field::accept);
  }

  /** A method without its code: modifiers, signature, exceptions, annotations. */
  private static byte[] declaration(MethodNode method) {
    MethodNode copy =
        new MethodNode(
            method.access,
            method.name,
            method.desc,
            method.signature,
            method.exceptions.toArray(String[]::new));
    method.accept(
        new org.objectweb.asm.MethodVisitor(Opcodes.ASM9, copy) {
          @Override
          public void visitCode() {
            // the declaration ends where the code begins
            mv = null;
          }
        });
    copy.visitEnd();
    return alone(copy::accept);
  }

  /** A method with its code: equal bytes, equal code. */
  private static byte[] code(MethodNode method) {
    return alone(method::accept);
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
