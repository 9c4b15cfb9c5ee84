package org.example.zoo.web;

import jakarta.json.bind.JsonbException;

/**
 * A JSON value that its field's type cannot hold exactly (a fraction for a whole number, a number
 * out of range, text where a number is promised). JSON-B names the property when it wraps this; the
 * mappers report it as that field's error with this message.
 */
public class InvalidValue extends JsonbException {

  private static final long serialVersionUID = 1L;

  public InvalidValue(String message) {
    super(message);
  }
}
