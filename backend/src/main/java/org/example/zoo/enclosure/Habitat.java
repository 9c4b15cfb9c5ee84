package org.example.zoo.enclosure;

public enum Habitat {
  SAVANNA,
  RAINFOREST,
  AQUATIC,
  ARCTIC,
  DESERT,
  AVIARY,
  NOCTURNAL,
  TEMPERATE;

  public static final String PATTERN =
      "SAVANNA|RAINFOREST|AQUATIC|ARCTIC|DESERT|AVIARY|NOCTURNAL|TEMPERATE";
  public static final String MESSAGE =
      "must be one of SAVANNA, RAINFOREST, AQUATIC, ARCTIC, DESERT, AVIARY, NOCTURNAL, TEMPERATE";
}
