package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;
import org.junit.jupiter.api.Test;

class PageParamsTest {

  private static final Map<String, String> SORTABLE = Map.of("id", "x.id", "name", "x.name");

  @Test
  void defaultsToFirstPageOfTwentySortedByTheDefaultField() {
    PageRequest request = PageParams.parse(null, null, null, new Sorting("name", SORTABLE));
    assertEquals(0, request.page());
    assertEquals(20, request.size());
    assertEquals("x.name", request.sortPath());
    assertTrue(request.ascending());
    assertEquals(" ORDER BY x.name ASC, x.id ASC", request.orderBy("x.id"), "id breaks ties");
  }

  @Test
  void parsesDirectionAndComputesOffset() {
    PageRequest request = PageParams.parse("3", "25", "id,desc", new Sorting("name", SORTABLE));
    assertFalse(request.ascending());
    assertEquals(75, request.offset());
    assertEquals(" ORDER BY x.id DESC", request.orderBy("x.id"));
  }

  @Test
  void hugePagesDoNotOverflow() {
    PageRequest request =
        PageParams.parse(
            Integer.toString(Integer.MAX_VALUE), "100", null, new Sorting("id", SORTABLE));
    assertEquals(Integer.MAX_VALUE, request.offset());
  }

  @Test
  void everyInvalidParameterIsReported() {
    ApiException e =
        assertThrows(
            ApiException.class,
            () -> PageParams.parse("-1", "101", "secret,asc", new Sorting("id", SORTABLE)));
    assertEquals(ProblemType.VALIDATION, e.type());
    List<String> fields = e.errors().stream().map(FieldError::field).toList();
    assertEquals(List.of("page", "size", "sort"), fields);
    assertTrue(e.errors().get(2).message().contains("id, name"), "lists the allowed fields");
  }

  @Test
  void rejectsUnknownDirectionsAndNonNumbers() {
    assertThrows(
        ApiException.class,
        () -> PageParams.parse(null, null, "id,sideways", new Sorting("id", SORTABLE)));
    assertThrows(
        ApiException.class, () -> PageParams.parse("one", null, null, new Sorting("id", SORTABLE)));
    assertThrows(
        ApiException.class, () -> PageParams.parse(null, "0", null, new Sorting("id", SORTABLE)));
  }

  @Test
  void optionalIdsMustBePositiveNumbers() {
    assertEquals(null, QueryParams.id(" ", "speciesId"));
    assertEquals(42L, QueryParams.id("42", "speciesId"));
    ApiException e = assertThrows(ApiException.class, () -> QueryParams.id("x", "speciesId"));
    assertEquals("speciesId", e.errors().get(0).field());
    assertThrows(ApiException.class, () -> QueryParams.id("0", "speciesId"));
  }

  @Test
  void pagesKnowTheirTotals() {
    PageRequest request = PageParams.parse("0", "10", null, new Sorting("id", SORTABLE));
    assertEquals(3, Page.of(List.of(), request, 21).totalPages());
    assertEquals(0, Page.of(List.of(), request, 0).totalPages());
    assertEquals(List.of("A"), Page.of(List.of("a"), request, 1).map(String::toUpperCase).items());
  }

  @Test
  void aListCanSortNewestFirstWhenTheRequestNamesNoField() {
    Sorting newestFirst = new Sorting("id", SORTABLE).descendingByDefault();
    assertFalse(PageParams.parse(null, null, null, newestFirst).ascending());
    assertTrue(PageParams.parse(null, null, "name", newestFirst).ascending(), "named: ascending");
  }

  @Test
  void theDefaultFieldMustBeSortable() {
    assertThrows(IllegalArgumentException.class, () -> new Sorting("secret", SORTABLE));
  }
}
