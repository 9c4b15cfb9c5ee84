package org.example.zoo.species;

import org.example.zoo.web.Labeled;

public enum Diet implements Labeled {
  HERBIVORE("Herbivore"),
  CARNIVORE("Carnivore"),
  OMNIVORE("Omnivore"),
  INSECTIVORE("Insectivore"),
  PISCIVORE("Piscivore");

  private final String label;

  Diet(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
