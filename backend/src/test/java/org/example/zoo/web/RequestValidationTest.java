package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.example.zoo.animal.AnimalRequest;
import org.example.zoo.enclosure.EnclosureRequest;
import org.example.zoo.feeding.FeedingRequest;
import org.example.zoo.keeper.KeeperRequest;
import org.example.zoo.species.SpeciesRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The request records' constraints and messages, as the mappers will report them. */
class RequestValidationTest {

  private static jakarta.validation.ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  private static Map<String, String> errors(Object request) {
    Map<String, String> result = new TreeMap<>();
    for (ConstraintViolation<Object> v : validator.validate(request)) {
      result.put(ConstraintViolationMapper.fieldName(v), v.getMessage());
    }
    return result;
  }

  @Test
  void validRequestsPass() {
    assertTrue(
        errors(new SpeciesRequest("Okapi", "Okapia johnstoni", "EN", "HERBIVORE", null)).isEmpty());
    assertTrue(
        errors(new EnclosureRequest("Forest", "RAINFOREST", 4, new BigDecimal("120.5"), 1L))
            .isEmpty());
    assertTrue(
        errors(
                new AnimalRequest(
                    "Kito",
                    1L,
                    2L,
                    "MALE",
                    LocalDate.of(2020, 1, 1),
                    LocalDate.of(2021, 1, 1),
                    "ACTIVE",
                    null,
                    null))
            .isEmpty());
    assertTrue(
        errors(
                new KeeperRequest(
                    "Ada", "ada@zoo.example", LocalDate.of(2020, 1, 1), List.of(1L), null, null))
            .isEmpty());
    assertTrue(errors(new FeedingRequest(1L, Instant.now(), "Hay", 100, null)).isEmpty());
  }

  @Test
  void enumerationsListTheirValues() {
    Map<String, String> e = errors(new SpeciesRequest("A", "B", "ZZ", "GRASS", null));
    assertEquals("must be one of LC, NT, VU, EN, CR, EW, EX, DD, NE", e.get("conservationStatus"));
    assertTrue(e.get("diet").startsWith("must be one of HERBIVORE"));
  }

  @Test
  void capacityAndAreaHaveBounds() {
    Map<String, String> e =
        errors(new EnclosureRequest("A", "DESERT", 0, new BigDecimal("-1"), null));
    assertEquals("must be between 1 and 500", e.get("capacity"));
    assertEquals("must be greater than 0", e.get("areaSquareMeters"));
    assertEquals(
        "must have at most 2 decimals",
        errors(new EnclosureRequest("A", "DESERT", 1, new BigDecimal("1.234"), null))
            .get("areaSquareMeters"));
  }

  @Test
  void datesMayNotBeInTheFuture() {
    LocalDate future = LocalDate.now().plusDays(1);
    Map<String, String> e =
        errors(new AnimalRequest("A", 1L, 1L, "FEMALE", future, future, "ACTIVE", null, null));
    assertEquals("must not be in the future", e.get("dateOfBirth"));
    assertEquals("must not be in the future", e.get("arrivalDate"));
  }

  @Test
  void listElementsAreNamedByIndex() {
    Map<String, String> e =
        errors(
            new KeeperRequest(
                "Ada", "not-mail", LocalDate.of(2020, 1, 1), List.of(1L, -3L), null, null));
    assertEquals("must be a valid email address", e.get("email"));
    assertTrue(e.keySet().stream().anyMatch(k -> k.startsWith("enclosureIds")), e::toString);
  }

  @Test
  void requiredFieldsSayIsRequired() {
    Map<String, String> e = errors(new FeedingRequest(null, null, " ", null, null));
    assertEquals(
        Map.of(
            "animalId",
            "is required",
            "food",
            "is required",
            "quantityGrams",
            "is required",
            "scheduledAt",
            "is required"),
        e);
  }
}
