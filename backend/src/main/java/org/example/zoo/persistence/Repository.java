package org.example.zoo.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;

/**
 * What every repository does the same way: find (or fail the request with the right problem), check
 * uniqueness, persist, remove and page through a query.
 */
public abstract class Repository<E extends VersionedEntity> {

  @PersistenceContext(unitName = "zoo")
  protected EntityManager em;

  @Inject SearchDialect searchDialect;

  private final Class<E> type;
  private final String name;
  private final String alias;

  /**
   * @param name what the API calls one entity, capitalised as it starts a sentence ("Animal"); its
   *     messages use it, e.g. {@code Animal 7 does not exist.}
   * @param alias the entity's variable in this repository's queries ({@code a} in {@code SELECT a
   *     FROM Animal a}); the list's filters and its {@link Sorting} name paths with it
   */
  protected Repository(Class<E> type, String name, String alias) {
    this.type = type;
    this.name = name;
    this.alias = alias;
  }

  /** An empty set of list filters for this database. */
  protected Where where() {
    return new Where(searchDialect.get());
  }

  public Optional<E> find(long id) {
    return Optional.ofNullable(em.find(type, id));
  }

  /** The entity the request's path names, or a 404 {@code not-found}. */
  public E require(long id) {
    return find(id).orElseThrow(() -> ApiException.notFound(name, id));
  }

  /**
   * The entity a full update replaces: a 404 when it does not exist, a 400 when the request names
   * no version, a 409 {@code stale-version} when it names another one than the current.
   */
  public E requireVersion(long id, Long requested) {
    E entity = require(id);
    if (requested == null) {
      throw ApiException.invalid("version", "is required when updating");
    }
    if (requested != entity.getVersion()) {
      throw ApiException.staleVersion(name, id, requested, entity.getVersion());
    }
    return entity;
  }

  /**
   * The entity a request body's field refers to, or a 400 naming that field: {@code field: animal 7
   * does not exist}.
   */
  public E reference(long id, String field) {
    return find(id)
        .orElseThrow(
            () ->
                ApiException.invalid(
                    field, name.toLowerCase(Locale.ROOT) + " " + id + " does not exist"));
  }

  /**
   * The error for a unique field whose value another entity holds ({@code holder}, found by that
   * value); empty when there is none or it is the entity being saved ({@code selfId}).
   */
  public Optional<FieldError> taken(Optional<E> holder, Long selfId, String field) {
    return holder
        .filter(other -> !other.getId().equals(selfId))
        .map(
            other ->
                new FieldError(
                    field,
                    "is already used by " + name.toLowerCase(Locale.ROOT) + " " + other.getId()));
  }

  /**
   * {@link #taken} for a field whose values are unique without regard to case (and to surrounding
   * white space): the error when an entity other than {@code selfId} holds {@code value}.
   */
  public Optional<FieldError> takenIgnoringCase(Long selfId, String field, String value) {
    return taken(findIgnoringCase(field, value), selfId, field);
  }

  /**
   * A 409 {@code already-exists} with {@code detail} when any of the fields is taken. Static: a
   * final instance method would make the repositories unproxyable for CDI.
   */
  @SafeVarargs
  public static void requireUnique(String detail, Optional<FieldError>... taken) {
    List<FieldError> errors = Stream.of(taken).flatMap(Optional::stream).toList();
    if (!errors.isEmpty()) {
      throw new ApiException(ProblemType.ALREADY_EXISTS, detail, errors);
    }
  }

  /** Persists and flushes, so that the generated id and version are in the returned entity. */
  public E persist(E entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }

  /**
   * A create: {@code fill} sets the new entity's fields from the request (failing it with the
   * request's problem first, if any), then the entity is persisted; the managed entity, with its id
   * and version.
   */
  public E persist(E entity, Consumer<? super E> fill) {
    fill.accept(entity);
    return persist(entity);
  }

  /** Flushes pending changes so that the new version is visible before the response is built. */
  public void flush() {
    em.flush();
  }

  /**
   * A full update: the entity of {@link #requireVersion} (404, 400 or 409 {@code stale-version}),
   * changed by {@code change} (which may fail the request with its own problem), flushed so that
   * the returned entity carries its new version.
   */
  public E replace(long id, Long version, Consumer<? super E> change) {
    E entity = requireVersion(id, version);
    change.accept(entity);
    flush();
    return entity;
  }

  public void remove(E entity) {
    em.remove(entity);
    em.flush();
  }

  /**
   * A delete: the entity the path names (else a 404 {@code not-found}), removed once {@code check}
   * returns; {@code check} throws the problem (e.g. 409 {@code in-use}) when the component's rules
   * keep the entity.
   */
  public void remove(long id, Consumer<? super E> check) {
    E entity = require(id);
    check.accept(entity);
    remove(entity);
  }

  /**
   * The entity whose {@code field} holds {@code value}, compared without regard to case and to
   * surrounding white space; empty when there is none. The one rule for names on both databases:
   * written with {@code LOWER} on both sides, it does not depend on the collation of a SQL Server
   * database (whose default is case-insensitive, but need not be); H2's name columns are
   * case-insensitive too (migration V4), so its unique constraints agree with it under races.
   */
  protected Optional<E> findIgnoringCase(String field, String value) {
    return em.createQuery(
            "SELECT " + alias + " " + from("") + " WHERE LOWER(" + alias + "." + field + ") = :v",
            type)
        .setParameter("v", value.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /**
   * One page of the entities that {@code where} selects, in the request's order, with the total
   * count.
   *
   * @param joins what the filters and sort fields reach beyond the entity, written as fetch joins
   *     ({@code JOIN FETCH a.species s}): the page fetches them with the entities, the count joins
   *     them without fetching
   */
  protected Page<E> page(Where where, PageRequest request, String joins) {
    String count = "SELECT COUNT(" + alias + ") " + from(joins.replace(" FETCH ", " "));
    TypedQuery<Long> countQuery = em.createQuery(count + where.clause(), Long.class);
    bind(countQuery, where.parameters());
    long total = countQuery.getSingleResult();
    if (total == 0 || request.offset() >= total) {
      return Page.of(List.of(), request, total);
    }
    String select = "SELECT " + alias + " " + from(joins);
    TypedQuery<E> query =
        em.createQuery(select + where.clause() + request.orderBy(alias + ".id"), type)
            .setFirstResult(request.offset())
            .setMaxResults(request.size());
    bind(query, where.parameters());
    return Page.of(query.getResultList(), request, total);
  }

  /** {@link #page(Where, PageRequest, String)} of a query without joins. */
  protected Page<E> page(Where where, PageRequest request) {
    return page(where, request, "");
  }

  /** {@code FROM Animal a} and the joins (the entity name is the class's simple name). */
  private String from(String joins) {
    return "FROM " + type.getSimpleName() + " " + alias + (joins.isEmpty() ? "" : " " + joins);
  }

  protected long count(String jpql, Map<String, Object> parameters) {
    TypedQuery<Long> query = em.createQuery(jpql, Long.class);
    bind(query, parameters);
    return query.getSingleResult();
  }

  private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
    parameters.forEach(query::setParameter);
  }
}
