package org.example.zoo.animal;

import org.example.zoo.web.Labeled;

public enum Sex implements Labeled {
  MALE("Male"),
  FEMALE("Female"),
  UNKNOWN("Unknown");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
