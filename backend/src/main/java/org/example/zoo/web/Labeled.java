package org.example.zoo.web;

/**
 * An enum whose constants have a label: the word people read for it ("Least concern" for {@code
 * LC}). The API speaks the constants' names; the web UI shows the labels, generated with the
 * constants into {@code frontend/src/api/enums.ts} (see {@code UiEnumsTest}), so that every page
 * and form says the same word for the same value.
 */
public interface Labeled {

  /** The word shown for this constant: capitalised like the start of a sentence. */
  String label();
}
