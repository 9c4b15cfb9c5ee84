package org.example.devloop.agent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Whether an edit of one class can be swapped into the running application ({@link HotSwap}):
 * its shape must be unchanged ({@link ClassShape}), and no changed method may be one that ran only
 * once — a constructor, a static initialiser, a lifecycle, producer, observer or disposer method, a
 * method the runtime calls once and whose result it keeps ({@code ConstraintValidator.initialize},
 * {@code ContextResolver.getContext}), or any method of the same class that one of these calls,
 * directly or not, in the old code or the new — nor may the class be one the runtime calls only
 * while the application starts. Each refusal says why, in words for the console.
 */
final class ClassEdit {

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

  private ClassEdit() {}

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
    String difference = ClassShape.difference(old, now);
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
      if (o == null || Arrays.equals(ClassShape.code(o), ClassShape.code(m))) {
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

  /** Whether {@code bytes} are a whole class file (not one that its writer has not finished). */
  static boolean isWhole(byte[] bytes) {
    try {
      new ClassReader(bytes).accept(new ClassNode(), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      return true;
    } catch (RuntimeException e) {
      return false; // ASM throws what the truncated bytes lead it to (an index out of bounds, ...)
    }
  }

  static ClassNode read(byte[] bytes) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return node;
  }
}
