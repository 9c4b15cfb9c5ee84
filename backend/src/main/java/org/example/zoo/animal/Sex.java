package org.example.zoo.animal;

public enum Sex {
  MALE,
  FEMALE,
  UNKNOWN
}
