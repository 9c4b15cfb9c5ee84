package org.example.devloop.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The JDK's compiler, run as dev mode runs it on a saved source (Java 17, no annotation
 * processing).
 */
final class Javac {

  private Javac() {}

  /**
   * Compiles {@code source} into {@code classes}; fails the test if it does not compile.
   *
   * @param classpath the class path, entries separated by the platform's separator
   */
  static void compile(Path source, Path classes, String classpath) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests run on a JDK");
    int exit =
        javac.run(
            null,
            null,
            null,
            "-proc:none",
            "--release",
            "17",
            "-g",
            "-d",
            classes.toString(),
            "-classpath",
            classpath,
            source.toString());
    assertEquals(0, exit, "compiles: " + source);
  }
}
