package org.example.zoo.web;

/** A response body of an entity, which the API names by its id (e.g. in a Location header). */
public interface Identified {

  long id();
}
