package org.example.zoo.species;

/** IUCN Red List categories. */
public enum ConservationStatus {
  LC,
  NT,
  VU,
  EN,
  CR,
  EW,
  EX,
  DD,
  NE
}
