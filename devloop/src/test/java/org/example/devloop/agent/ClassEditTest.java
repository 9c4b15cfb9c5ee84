package org.example.devloop.agent;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which edits the file change agent swaps into a running application (method bodies) and which
 * restart it, on classes compiled by javac as dev mode compiles them.
 */
class ClassEditTest {

  @TempDir Path dir;

  private static final String BEFORE =
      """
      package demo;

      import jakarta.annotation.PostConstruct;
      import jakarta.enterprise.event.Observes;

      public class Greeter {
        private final String name;

        public Greeter() {
          name = "app";
        }

        public String greet() {
          return "hello";
        }

        @PostConstruct
        void ready() {
          System.out.println("ready");
        }

        void started(@Observes Object event) {
          System.out.println("started");
        }

        @Deprecated
        public String name() {
          return name;
        }
      }
      """;

  private byte[] compile(String source) throws IOException {
    Path work = Files.createTempDirectory(dir, "javac");
    Path file = work.resolve("Greeter.java");
    Files.writeString(file, source);
    Javac.compile(file, work, System.getProperty("java.class.path"));
    return Files.readAllBytes(work.resolve("demo/Greeter.class"));
  }

  private String why(String after) throws IOException {
    return why(BEFORE, after);
  }

  private String why(String before, String after) throws IOException {
    return ClassEdit.whyNotSwappable("demo/Greeter", compile(before), compile(after));
  }

  /** The edit restarts the application, for a reason that names {@code what}. */
  private void assertRestarts(String after, String what) throws IOException {
    String why = why(after);
    assertNotNull(why, "restarts");
    assertTrue(why.contains(what), why);
  }

  @Test
  void theSameSourceCompiledAgainIsSwappable() throws IOException {
    assertNull(why(BEFORE));
  }

  @Test
  void aChangedMethodBodyIsSwappable() throws IOException {
    assertNull(why(BEFORE.replace("return \"hello\";", "return \"hello \" + name.length();")));
  }

  @Test
  void aStringConcatenationThatAddsANestedClassEntryIsStillABodyChange() throws IOException {
    // javac adds an InnerClasses entry for MethodHandles$Lookup with the first indy concatenation
    assertNull(why(BEFORE.replace("return \"hello\";", "return \"hello \" + System.nanoTime();")));
  }

  @Test
  void lineNumbersMovedByAnEditAboveAreSwappable() throws IOException {
    assertNull(why(BEFORE.replace("public class Greeter {", "public class Greeter {\n\n\n")));
  }

  @Test
  void aChangedAnnotationRestarts() throws IOException {
    assertRestarts(BEFORE.replace("  @Deprecated\n", ""), "method name");
  }

  @Test
  void anAddedMethodOrLambdaRestarts() throws IOException {
    assertRestarts(
        BEFORE.replace(
            "return \"hello\";",
            "return java.util.Optional.of(\"hello\").map(s -> s + \"!\").get();"),
        "lambda");
  }

  @Test
  void anAddedFieldRestarts() throws IOException {
    assertRestarts(
        BEFORE.replace("private final String name;", "private final String name;\n  int count;"),
        "field count was added");
  }

  @Test
  void aChangedConstructorRestarts() throws IOException {
    assertRestarts(BEFORE.replace("name = \"app\";", "name = \"app!\";"), "<init>");
  }

  @Test
  void changedLifecycleAndObserverMethodsRestart() throws IOException {
    for (String[] edit :
        List.of(
            new String[] {"println(\"ready\")", "println(\"ready!\")", "lifecycle"},
            new String[] {"println(\"started\")", "println(\"started!\")", "observer"})) {
      assertRestarts(BEFORE.replace(edit[0], edit[1]), edit[2]);
    }
  }

  @Test
  void aMethodThatRanOnlyAtStartUpRestartsAndSaysWhoCalledIt() throws IOException {
    // a static field computed once, like a JSON-B configuration built in a static initialiser
    String before =
        BEFORE.replace(
            "  public String greet() {",
            "  static final String GREETING = greeting();\n\n"
                + "  static String greeting() {\n    return \"hi\";\n  }\n\n"
                + "  public String greet() {");
    String why = why(before, before.replace("return \"hi\";", "return \"hi there\";"));
    assertNotNull(why, "restarts");
    assertTrue(why.contains("greeting changed: it is called from <clinit>"), why);
  }

  @Test
  void whatTheRuntimeCallsOnceRestartsAndWhatItCallsEachTimeIsSwapped() throws IOException {
    String validator =
        """
        package demo;

        import jakarta.validation.ConstraintValidator;
        import jakarta.validation.ConstraintValidatorContext;

        public class Greeter implements ConstraintValidator<Deprecated, String> {
          private String prefix;

          @Override
          public void initialize(Deprecated annotation) {
            prefix = "one of";
          }

          @Override
          public boolean isValid(String value, ConstraintValidatorContext context) {
            return value.startsWith(prefix);
          }
        }
        """;
    String why = why(validator, validator.replace("\"one of\"", "\"any of\""));
    assertNotNull(why, "restarts");
    assertTrue(why.contains("initialize changed: it is called once by the runtime"), why);
    assertNull(why(validator, validator.replace("startsWith(prefix)", "endsWith(prefix)")));
  }
}
