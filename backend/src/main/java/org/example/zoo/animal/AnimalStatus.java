package org.example.zoo.animal;

public enum AnimalStatus {
  ACTIVE,
  TRANSFERRED,
  DECEASED
}
