package org.example.zoo.animal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.example.zoo.problem.FieldError;
import org.junit.jupiter.api.Test;

class AnimalRulesTest {

  private static final LocalDate BORN = LocalDate.of(2020, 1, 1);
  private static final LocalDate ARRIVED = LocalDate.of(2021, 6, 1);

  @Test
  void anActiveAnimalNeedsAnEnclosure() {
    List<FieldError> errors = Animal.checkRules(AnimalStatus.ACTIVE, null, BORN, ARRIVED);
    assertEquals(
        List.of(new FieldError("enclosureId", "is required for an ACTIVE animal")), errors);
    assertTrue(Animal.checkRules(AnimalStatus.ACTIVE, 7L, BORN, ARRIVED).isEmpty());
  }

  @Test
  void transferredAndDeceasedAnimalsNeedNoEnclosure() {
    assertTrue(Animal.checkRules(AnimalStatus.TRANSFERRED, null, BORN, ARRIVED).isEmpty());
    assertTrue(Animal.checkRules(AnimalStatus.DECEASED, null, BORN, ARRIVED).isEmpty());
  }

  @Test
  void birthIsNotAfterArrival() {
    List<FieldError> errors = Animal.checkRules(AnimalStatus.DECEASED, null, ARRIVED, BORN);
    assertEquals("dateOfBirth", errors.get(0).field());
    assertTrue(
        Animal.checkRules(AnimalStatus.DECEASED, null, ARRIVED, ARRIVED).isEmpty(),
        "same day is fine");
    assertTrue(
        Animal.checkRules(AnimalStatus.DECEASED, null, null, ARRIVED).isEmpty(),
        "unknown birth is fine");
  }

  @Test
  void allBrokenRulesAreReportedTogether() {
    assertEquals(2, Animal.checkRules(AnimalStatus.ACTIVE, null, ARRIVED, BORN).size());
  }
}
