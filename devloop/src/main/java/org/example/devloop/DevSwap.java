package org.example.devloop;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The file change agent's last swap of recompiled method bodies into the running application (see
 * {@link DevStatus}), as the agent tells it through system properties.
 *
 * @param at when the agent swapped
 * @param classes the redefined classes (empty: the changed ones were not loaded yet)
 */
public record DevSwap(Instant at, List<String> classes) {

  /** The file change agent's system property: {@code <epoch milliseconds> <names,...>}. */
  static final String PROPERTY = "devloop.swapped";

  /**
   * The agent's companion property: the newest modification time (ISO-8601, as precise as the file
   * system) of the class files its last swap took up.
   */
  static final String CLASSES_MODIFIED_PROPERTY = "devloop.swapped.classes-modified";

  /** {@link #CLASSES_MODIFIED_PROPERTY}, if set and readable. */
  static Optional<Instant> lastClassesModified() {
    try {
      return Optional.ofNullable(System.getProperty(CLASSES_MODIFIED_PROPERTY)).map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The agent's last swap in this JVM, if any (an unreadable property counts as none). */
  static Optional<DevSwap> last() {
    String value = System.getProperty(PROPERTY);
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split(" ", 2);
    try {
      List<String> classes =
          parts.length < 2 || parts[1].isBlank() ? List.of() : List.of(parts[1].split(","));
      return Optional.of(new DevSwap(Instant.ofEpochMilli(Long.parseLong(parts[0])), classes));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
