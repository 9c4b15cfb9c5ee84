package org.example.zoo.animal;

import org.example.zoo.web.Labeled;

public enum AnimalStatus implements Labeled {
  ACTIVE("Active"),
  TRANSFERRED("Transferred"),
  DECEASED("Deceased");

  private final String label;

  AnimalStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
