package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  private static final Map<String, String> SORTABLE = Map.of("id", "x.id", "name", "x.name");

  @Test
  void defaultsToFirstPageOfTwentySortedByTheDefaultField() {
    PageRequest request = PageRequest.parse(null, null, null, SORTABLE, "name");
    assertEquals(0, request.page());
    assertEquals(20, request.size());
    assertEquals("x.name", request.sortPath());
    assertTrue(request.ascending());
    assertEquals(" ORDER BY x.name ASC, x.id ASC", request.orderBy("x.id"), "id breaks ties");
  }

  @Test
  void parsesDirectionAndComputesOffset() {
    PageRequest request = PageRequest.parse("3", "25", "id,desc", SORTABLE, "name");
    assertFalse(request.ascending());
    assertEquals(75, request.offset());
    assertEquals(" ORDER BY x.id DESC", request.orderBy("x.id"));
  }

  @Test
  void hugePagesDoNotOverflow() {
    PageRequest request =
        PageRequest.parse(Integer.toString(Integer.MAX_VALUE), "100", null, SORTABLE, "id");
    assertEquals(Integer.MAX_VALUE, request.offset());
  }

  @Test
  void everyInvalidParameterIsReported() {
    ApiException e =
        assertThrows(
            ApiException.class, () -> PageRequest.parse("-1", "101", "secret,asc", SORTABLE, "id"));
    assertEquals(ProblemType.VALIDATION, e.type());
    List<String> fields = e.errors().stream().map(FieldError::field).toList();
    assertEquals(List.of("page", "size", "sort"), fields);
    assertTrue(e.errors().get(2).message().contains("id, name"), "lists the allowed fields");
  }

  @Test
  void rejectsUnknownDirectionsAndNonNumbers() {
    assertThrows(
        ApiException.class, () -> PageRequest.parse(null, null, "id,sideways", SORTABLE, "id"));
    assertThrows(ApiException.class, () -> PageRequest.parse("one", null, null, SORTABLE, "id"));
    assertThrows(ApiException.class, () -> PageRequest.parse(null, "0", null, SORTABLE, "id"));
  }

  @Test
  void optionalIdsMustBePositiveNumbers() {
    assertEquals(null, PageRequest.optionalId(" ", "speciesId"));
    assertEquals(42L, PageRequest.optionalId("42", "speciesId"));
    ApiException e =
        assertThrows(ApiException.class, () -> PageRequest.optionalId("x", "speciesId"));
    assertEquals("speciesId", e.errors().get(0).field());
    assertThrows(ApiException.class, () -> PageRequest.optionalId("0", "speciesId"));
  }

  @Test
  void pagesKnowTheirTotals() {
    PageRequest request = PageRequest.parse("0", "10", null, SORTABLE, "id");
    assertEquals(3, Page.of(List.of(), request, 21).totalPages());
    assertEquals(0, Page.of(List.of(), request, 0).totalPages());
    assertEquals(List.of("A"), Page.of(List.of("a"), request, 1).map(String::toUpperCase).items());
  }
}
