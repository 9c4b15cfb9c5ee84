package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.example.zoo.animal.AnimalStatus;
import org.example.zoo.animal.Sex;
import org.example.zoo.enclosure.Habitat;
import org.example.zoo.feeding.FeedingState;
import org.example.zoo.species.ConservationStatus;
import org.example.zoo.species.Diet;
import org.example.zoo.user.Role;
import org.junit.jupiter.api.Test;

/**
 * The web UI's lists of enum values and their labels ({@code frontend/src/api/enums.ts}) are
 * generated from the Java enums (each a {@link Labeled}): this test fails when they differ. After
 * changing an enum or a label, rewrite the file with {@code ./mvnw test -pl backend -am
 * -Dtest=UiEnumsTest -Dsurefire.failIfNoSpecifiedTests=false -Dui-enums.write=true}.
 */
class UiEnumsTest {

  static final Path FILE = Path.of("../frontend/src/api/enums.ts");

  /**
   * One enum in the file: {@code list} its values in order, {@code labels} value to label, {@code
   * kind} its key in {@code ENUM_LABELS} (the API field that carries it), {@code value} the name
   * the API uses for a constant.
   */
  record Kind<E extends Enum<E> & Labeled>(
      String list, String labels, String kind, Class<E> type, Function<E, String> value) {

    Kind(String list, String labels, String kind, Class<E> type) {
      this(list, labels, kind, type, Enum::name);
    }

    Map<String, String> entries() {
      Map<String, String> entries = new LinkedHashMap<>();
      for (E constant : type.getEnumConstants()) {
        entries.put(value.apply(constant), constant.label());
      }
      return entries;
    }
  }

  /** In the file's order. */
  static final List<Kind<?>> ENUMS =
      List.of(
          new Kind<>(
              "CONSERVATION_STATUSES",
              "CONSERVATION_STATUS_LABELS",
              "conservationStatus",
              ConservationStatus.class),
          new Kind<>("DIETS", "DIET_LABELS", "diet", Diet.class),
          new Kind<>("HABITATS", "HABITAT_LABELS", "habitat", Habitat.class),
          new Kind<>("SEXES", "SEX_LABELS", "sex", Sex.class),
          new Kind<>("ANIMAL_STATUSES", "ANIMAL_STATUS_LABELS", "animalStatus", AnimalStatus.class),
          new Kind<>("FEEDING_STATES", "FEEDING_STATE_LABELS", "feedingState", FeedingState.class),
          // The API names roles by their group names (viewer), as tokens do.
          new Kind<>("USER_ROLES", "USER_ROLE_LABELS", "role", Role.class, Role::groupName));

  /** The file's text, formatted as Prettier formats it (printWidth 120). */
  static String generate() {
    StringBuilder text =
        new StringBuilder(
            "// Generated from the Java enums by UiEnumsTest (backend); do not edit: change the enum,"
                + " then\n// ./mvnw test -pl backend -am -Dtest=UiEnumsTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dui-enums.write=true\n");
    for (Kind<?> kind : ENUMS) {
      Map<String, String> entries = kind.entries();
      String[] values = entries.keySet().stream().map(UiEnumsTest::quote).toArray(String[]::new);
      String oneLine =
          "export const " + kind.list() + " = [" + String.join(", ", values) + "] as const";
      if (oneLine.length() <= 120) {
        text.append(oneLine).append('\n');
      } else {
        text.append("export const ").append(kind.list()).append(" = [\n");
        Arrays.stream(values).forEach(v -> text.append("  ").append(v).append(",\n"));
        text.append("] as const\n");
      }
      // Prettier keeps an object literal expanded when it starts on a new line.
      text.append("export const ").append(kind.labels()).append(" = {\n");
      entries.forEach(
          (value, label) ->
              text.append("  ").append(value).append(": ").append(quote(label)).append(",\n"));
      text.append("} as const\n");
    }
    text.append("/** Every enumeration's labels, by the API field that carries its values. */\n");
    text.append("export const ENUM_LABELS = {\n");
    ENUMS.forEach(
        k -> text.append("  ").append(k.kind()).append(": ").append(k.labels()).append(",\n"));
    text.append("} as const\n");
    return text.toString();
  }

  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  @Test
  void everyConstantHasALabel() {
    for (Kind<?> kind : ENUMS) {
      kind.entries()
          .forEach(
              (value, label) -> {
                assertFalse(label == null || label.isBlank(), kind.list() + " " + value);
                assertEquals(
                    label.strip(), label, kind.list() + " " + value + ": no surrounding spaces");
                assertTrue(
                    Character.isUpperCase(label.codePointAt(0)),
                    kind.list() + " " + value + ": a label starts like a sentence: " + label);
              });
      assertEquals(
          kind.entries().size(),
          Set.copyOf(kind.entries().values()).size(),
          kind.list() + ": two constants share a label");
    }
  }

  @Test
  void conservationStatusesSayTheRedListsWords() {
    assertEquals("Least concern", ConservationStatus.LC.label());
    assertEquals("Critically endangered", ConservationStatus.CR.label());
    assertEquals("Extinct in the wild", ConservationStatus.EW.label());
    assertEquals("Not evaluated", ConservationStatus.NE.label());
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
