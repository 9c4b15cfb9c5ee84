package org.example.zoo.species;

public enum Diet {
  HERBIVORE,
  CARNIVORE,
  OMNIVORE,
  INSECTIVORE,
  PISCIVORE;

  public static final String PATTERN = "HERBIVORE|CARNIVORE|OMNIVORE|INSECTIVORE|PISCIVORE";
  public static final String MESSAGE =
      "must be one of HERBIVORE, CARNIVORE, OMNIVORE, INSECTIVORE, PISCIVORE";
}
