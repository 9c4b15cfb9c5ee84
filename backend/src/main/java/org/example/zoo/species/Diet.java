package org.example.zoo.species;

public enum Diet {
  HERBIVORE,
  CARNIVORE,
  OMNIVORE,
  INSECTIVORE,
  PISCIVORE
}
