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
  NE;

  public static final String PATTERN = "LC|NT|VU|EN|CR|EW|EX|DD|NE";
  public static final String MESSAGE = "must be one of LC, NT, VU, EN, CR, EW, EX, DD, NE";
}
