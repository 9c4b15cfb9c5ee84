package org.example.zoo.enclosure;

public enum Habitat {
  SAVANNA,
  RAINFOREST,
  AQUATIC,
  ARCTIC,
  DESERT,
  AVIARY,
  NOCTURNAL,
  TEMPERATE
}
