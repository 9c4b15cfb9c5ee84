package org.example.devloop.agent;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A class's shape: everything but its methods' code — its declaration, annotations, nested classes
 * of its own, fields and method declarations — compared part by part as ASM writes each alone, so
 * that equal parts give equal bytes whatever the constant pool's order.
 */
final class ClassShape {

  private ClassShape() {}

  /**
   * What differs between two versions of a class apart from its methods' code, in words; null when
   * nothing does. Nested-class entries of other classes (javac names {@code
   * MethodHandles$Lookup} once a method concatenates strings) are not part of the shape.
   */
  static String difference(ClassNode old, ClassNode now) {
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
        new MethodVisitor(Opcodes.ASM9, copy) {
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
  static byte[] code(MethodNode method) {
    return alone(method::accept);
  }
}
