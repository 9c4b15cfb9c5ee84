package org.example.zoo.species;

import org.example.zoo.web.Labeled;

/** IUCN Red List categories, labelled with the Red List's names for them. */
public enum ConservationStatus implements Labeled {
  LC("Least concern"),
  NT("Near threatened"),
  VU("Vulnerable"),
  EN("Endangered"),
  CR("Critically endangered"),
  EW("Extinct in the wild"),
  EX("Extinct"),
  DD("Data deficient"),
  NE("Not evaluated");

  private final String label;

  ConservationStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
