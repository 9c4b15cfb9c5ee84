package org.example.zoo.animal;

public enum Sex {
  MALE,
  FEMALE,
  UNKNOWN;

  public static final String PATTERN = "MALE|FEMALE|UNKNOWN";
  public static final String MESSAGE = "must be one of MALE, FEMALE, UNKNOWN";
}
