package org.example.zoo.enclosure;

import org.example.zoo.web.Labeled;

public enum Habitat implements Labeled {
  SAVANNA("Savanna"),
  RAINFOREST("Rainforest"),
  AQUATIC("Aquatic"),
  ARCTIC("Arctic"),
  DESERT("Desert"),
  AVIARY("Aviary"),
  NOCTURNAL("Nocturnal"),
  TEMPERATE("Temperate");

  private final String label;

  Habitat(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
