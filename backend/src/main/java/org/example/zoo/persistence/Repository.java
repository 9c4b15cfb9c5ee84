package org.example.zoo.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every repository does the same way: find, persist, remove and page through a query. */
public abstract class Repository<E> {

  @PersistenceContext(unitName = "zoo")
  protected EntityManager em;

  @Inject SearchDialect searchDialect;

  private final Class<E> type;

  protected Repository(Class<E> type) {
    this.type = type;
  }

  /** An empty set of list filters for this database. */
  protected Where where() {
    return new Where(searchDialect.get());
  }

  public Optional<E> find(long id) {
    return Optional.ofNullable(em.find(type, id));
  }

  /** Persists and flushes, so that the generated id and version are in the returned entity. */
  public E persist(E entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }

  /** Flushes pending changes so that the new version is visible before the response is built. */
  public void flush() {
    em.flush();
  }

  public void remove(E entity) {
    em.remove(entity);
    em.flush();
  }

  /**
   * @param select {@code SELECT x FROM ... } with joins, without WHERE
   * @param count {@code SELECT COUNT(x) FROM ...} with the joins the filters need
   */
  protected Page<E> page(
      String select, String count, Where where, PageRequest request, String idPath) {
    TypedQuery<Long> countQuery = em.createQuery(count + where.clause(), Long.class);
    bind(countQuery, where.parameters());
    long total = countQuery.getSingleResult();
    if (total == 0 || request.offset() >= total) {
      return Page.of(List.of(), request, total);
    }
    TypedQuery<E> query =
        em.createQuery(select + where.clause() + request.orderBy(idPath), type)
            .setFirstResult(request.offset())
            .setMaxResults(request.size());
    bind(query, where.parameters());
    return Page.of(query.getResultList(), request, total);
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
