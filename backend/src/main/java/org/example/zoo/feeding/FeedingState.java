package org.example.zoo.feeding;

import org.example.zoo.web.Labeled;

/**
 * Where a feeding stands at a moment: {@code DONE} once a keeper recorded it; until then {@code
 * OVERDUE} when it was scheduled before that moment, else {@code DUE}.
 */
public enum FeedingState implements Labeled {
  /** Not fed yet, scheduled at or after now. */
  DUE("Due"),
  /** Not fed yet, scheduled before now. */
  OVERDUE("Overdue"),
  /** Fed: a keeper recorded when and who. */
  DONE("Done");

  private final String label;

  FeedingState(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  static FeedingState of(Feeding feeding, java.time.Instant now) {
    if (feeding.isCompleted()) {
      return DONE;
    }
    return feeding.getScheduledAt().isBefore(now) ? OVERDUE : DUE;
  }
}
