package org.example.zoo.problem;

/** One invalid input value: the JSON property (or query parameter) and what is wrong with it. */
public record FieldError(String field, String message) {}
