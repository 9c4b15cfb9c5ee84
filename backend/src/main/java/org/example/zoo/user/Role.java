package org.example.zoo.user;

import java.util.Locale;
import org.example.zoo.web.Labeled;

/**
 * What a signed-in user may do. Each role includes the ones before it. The lower-case name is the
 * JWT {@code groups} value, so an identity provider issues one group per user.
 */
public enum Role implements Labeled {
  /** Reads everything. */
  VIEWER("Viewer"),
  /** Plus: creates and updates animals, schedules and completes feedings. */
  KEEPER("Keeper"),
  /** Plus: species, enclosures, keepers, and every delete. */
  ADMIN("Administrator");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public String groupName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role of a group name, or null for a group that is not one of ours. */
  public static Role ofGroup(String group) {
    for (Role role : values()) {
      if (role.groupName().equals(group)) {
        return role;
      }
    }
    return null;
  }
}
