package org.example.zoo.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.example.zoo.animal.AnimalStatus;
import org.example.zoo.persistence.InstantConverter;

/**
 * The zoo's state that the gauges report, read in three queries: feedings due and, per enclosure,
 * its ACTIVE animals and its capacity.
 */
@ApplicationScoped
@Transactional
public class ZooSnapshot {

  /**
   * @param feedingsDue unfed feedings scheduled at or before {@code takenAt}
   * @param enclosures per enclosure name: ACTIVE animals living there and the enclosure's capacity
   */
  public record Values(Instant takenAt, long feedingsDue, Map<String, Occupancy> enclosures) {}

  /** Animals (ACTIVE) and capacity of one enclosure, in animals. */
  public record Occupancy(long animals, int capacity) {}

  @PersistenceContext(unitName = "zoo")
  EntityManager em;

  /**
   * @throws jakarta.persistence.PersistenceException when the database cannot be read
   */
  public Values take() {
    Instant now = Instant.now();
    // Native, with the value InstantConverter stores: for a JPQL parameter compared with an Instant
    // attribute, EclipseLink creates the converter through CDI on the calling thread, and /metrics
    // calls from Liberty's metrics application, where the zoo's CDI container is not current (an
    // FFDC incident at the first scrape).
    long due =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM feeding WHERE fed_at IS NULL AND scheduled_at <= ?")
                    .setParameter(1, new InstantConverter().convertToDatabaseColumn(now))
                    .getSingleResult())
            .longValue();
    List<Object[]> rows =
        em.createQuery(
                "SELECT e.id, e.name, e.capacity FROM Enclosure e ORDER BY e.name", Object[].class)
            .getResultList();
    Map<Long, Long> animals = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT a.enclosure.id, COUNT(a) FROM Animal a"
                    + " WHERE a.enclosure IS NOT NULL AND a.status = :active GROUP BY a.enclosure.id",
                Object[].class)
            .setParameter("active", AnimalStatus.ACTIVE)
            .getResultList()) {
      animals.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    Map<String, Occupancy> enclosures = new LinkedHashMap<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      enclosures.put(
          (String) row[1],
          new Occupancy(animals.getOrDefault(id, 0L), ((Number) row[2]).intValue()));
    }
    return new Values(now, due, enclosures);
  }
}
