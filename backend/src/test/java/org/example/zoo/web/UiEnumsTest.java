package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.example.zoo.animal.AnimalStatus;
import org.example.zoo.animal.Sex;
import org.example.zoo.enclosure.Habitat;
import org.example.zoo.species.ConservationStatus;
import org.example.zoo.species.Diet;
import org.junit.jupiter.api.Test;

/**
 * The web UI's lists of enum values ({@code frontend/src/api/enums.ts}) are generated from the Java
 * enums: this test fails when they differ. After changing an enum, rewrite the file with {@code
 * ./mvnw test -pl backend -am -Dtest=UiEnumsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dui-enums.write=true}.
 */
class UiEnumsTest {

  static final Path FILE = Path.of("../frontend/src/api/enums.ts");

  /** TypeScript constant name to enum, in the file's order. */
  static final Map<String, Class<? extends Enum<?>>> ENUMS = new LinkedHashMap<>();

  static {
    ENUMS.put("CONSERVATION_STATUSES", ConservationStatus.class);
    ENUMS.put("DIETS", Diet.class);
    ENUMS.put("HABITATS", Habitat.class);
    ENUMS.put("SEXES", Sex.class);
    ENUMS.put("ANIMAL_STATUSES", AnimalStatus.class);
  }

  /** The file's text, formatted as Prettier formats it (printWidth 120). */
  static String generate() {
    StringBuilder text =
        new StringBuilder(
            "// Generated from the Java enums by UiEnumsTest (backend); do not edit: change the enum,"
                + " then\n// ./mvnw test -pl backend -am -Dtest=UiEnumsTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dui-enums.write=true\n");
    ENUMS.forEach(
        (name, type) -> {
          String[] values =
              Arrays.stream(type.getEnumConstants())
                  .map(e -> "'" + e.name() + "'")
                  .toArray(String[]::new);
          String oneLine =
              "export const " + name + " = [" + String.join(", ", values) + "] as const";
          if (oneLine.length() <= 120) {
            text.append(oneLine).append('\n');
          } else {
            text.append("export const ").append(name).append(" = [\n");
            Arrays.stream(values).forEach(v -> text.append("  ").append(v).append(",\n"));
            text.append("] as const\n");
          }
        });
    return text.toString();
  }

  @Test
  void theUiListsEveryEnumValueInOrder() throws IOException {
    String expected = generate();
    if (Boolean.getBoolean("ui-enums.write")) {
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
    }
    assertEquals(
        expected,
        Files.readString(FILE, StandardCharsets.UTF_8),
        FILE + " differs from the Java enums; rewrite it (see this test's comment)");
  }
}
