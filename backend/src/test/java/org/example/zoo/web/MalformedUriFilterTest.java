package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Percent escapes that are not UTF-8, in a path or a query parameter. */
class MalformedUriFilterTest {

  @Test
  void utf8EscapesPassOthersDoNot() {
    assertTrue(MalformedUriFilter.utf8("/api/species/%C3%A9l%C3%A9phant"));
    assertTrue(MalformedUriFilter.utf8("/api/species?q=%F0%9F%A6%81"));
    assertTrue(MalformedUriFilter.utf8("100%"), "a % without two hex digits is left as it is");
    assertFalse(MalformedUriFilter.utf8("/api/species/%ff"));
    assertFalse(MalformedUriFilter.utf8("%C3%28"));
    assertFalse(MalformedUriFilter.utf8("%ED%A0%80"), "an encoded surrogate");
  }

  @Test
  void theFirstBadParameterIsNamed() {
    assertNull(MalformedUriFilter.badParameter(null));
    assertNull(MalformedUriFilter.badParameter("q=le%C3%B3n&page=2&flag"));
    assertEquals("q", MalformedUriFilter.badParameter("page=1&q=%ff"));
    assertEquals("na\uFFFDme", MalformedUriFilter.badParameter("na%ffme=1"));
  }
}
