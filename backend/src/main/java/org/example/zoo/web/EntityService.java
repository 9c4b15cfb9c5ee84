package org.example.zoo.web;

/**
 * What {@link EntityResource} asks of a component's service: read one entity, create, replace and
 * delete one, each in its own transaction and each failing with the problem the API answers ({@code
 * not-found}, {@code validation}, {@code stale-version}, {@code in-use}, ...).
 *
 * @param <Q> the request body of a create or replace
 * @param <R> the response body
 */
public interface EntityService<Q, R extends Identified> {

  /** The entity, or a 404 {@code not-found}. */
  R get(long id);

  /** Creates the entity; its response carries the new id and version. */
  R create(Q request);

  /** Replaces the entity; the request's version must be the current one (else 409). */
  R update(long id, Q request);

  /** Deletes the entity; a 409 when the component's rules keep it (e.g. still in use). */
  void delete(long id);
}
