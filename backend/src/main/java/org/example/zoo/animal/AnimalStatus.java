package org.example.zoo.animal;

public enum AnimalStatus {
  ACTIVE,
  TRANSFERRED,
  DECEASED;

  public static final String PATTERN = "ACTIVE|TRANSFERRED|DECEASED";
  public static final String MESSAGE = "must be one of ACTIVE, TRANSFERRED, DECEASED";
}
