package org.example.zoo.enclosure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.example.zoo.animal.AnimalStatus;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.Where;
import org.example.zoo.web.Page;
import org.example.zoo.web.PageRequest;

@ApplicationScoped
public class EnclosureRepository extends Repository<Enclosure> {

  static final Map<String, String> SORTABLE =
      Map.of(
          "id", "e.id",
          "name", "e.name",
          "habitat", "e.habitat",
          "capacity", "e.capacity",
          "areaSquareMeters", "e.areaSquareMeters");

  public EnclosureRepository() {
    super(Enclosure.class);
  }

  public Page<Enclosure> list(Habitat habitat, PageRequest request) {
    Where where = where().and("e.habitat = :habitat", "habitat", habitat);
    return page(
        "SELECT e FROM Enclosure e", "SELECT COUNT(e) FROM Enclosure e", where, request, "e.id");
  }

  /**
   * Takes the enclosure's row lock for the rest of the transaction by bumping its version, then
   * re-reads it. Transactions that change who lives in an enclosure queue up here, one at a time,
   * so each sees the occupancy and capacity the previous one committed. Works the same on SQL
   * Server and H2 (no vendor lock hints), and a concurrent edit of the enclosure fails its own
   * version check instead of slipping past.
   */
  public void lockAndRefresh(Enclosure enclosure) {
    em.createQuery("UPDATE Enclosure e SET e.version = e.version + 1 WHERE e.id = :id")
        .setParameter("id", enclosure.getId())
        .executeUpdate();
    em.refresh(enclosure);
  }

  public Optional<Enclosure> findByName(String name) {
    return em.createQuery("SELECT e FROM Enclosure e WHERE LOWER(e.name) = :n", Enclosure.class)
        .setParameter("n", name.trim().toLowerCase())
        .getResultStream()
        .findFirst();
  }

  public long occupancy(Enclosure enclosure) {
    return count(
        "SELECT COUNT(a) FROM Animal a WHERE a.enclosure = :e AND a.status = :active",
        Map.of("e", enclosure, "active", AnimalStatus.ACTIVE));
  }

  /** Occupancy of several enclosures in one query; enclosures without animals are absent. */
  public Map<Long, Long> occupancy(Collection<Long> enclosureIds) {
    Map<Long, Long> result = new HashMap<>();
    if (enclosureIds.isEmpty()) {
      return result;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.enclosure.id, COUNT(a) FROM Animal a"
                    + " WHERE a.enclosure.id IN :ids AND a.status = :active GROUP BY a.enclosure.id",
                Object[].class)
            .setParameter("ids", enclosureIds)
            .setParameter("active", AnimalStatus.ACTIVE)
            .getResultList();
    for (Object[] row : rows) {
      result.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return result;
  }

  /** Animals that no longer live in the enclosure but still name it (transferred, deceased). */
  public int releaseInactiveAnimals(Enclosure enclosure) {
    return em.createQuery(
            "UPDATE Animal a SET a.enclosure = NULL WHERE a.enclosure = :e AND a.status <> :active")
        .setParameter("e", enclosure)
        .setParameter("active", AnimalStatus.ACTIVE)
        .executeUpdate();
  }
}
