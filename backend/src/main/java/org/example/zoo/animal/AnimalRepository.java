package org.example.zoo.animal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.example.zoo.enclosure.Enclosure;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.persistence.Where;

@ApplicationScoped
public class AnimalRepository extends Repository<Animal> {

  static final Sorting SORTING =
      Sorting.byFields("a", "name", "id", "name", "sex", "dateOfBirth", "arrivalDate", "status")
          .with("speciesName", "s.commonName")
          .with("enclosureName", "enc.name");

  public AnimalRepository() {
    super(Animal.class, "Animal", "a");
  }

  public record Filter(String q, Long speciesId, Long enclosureId, AnimalStatus status) {}

  public Page<Animal> list(Filter filter, PageRequest request) {
    Where where =
        where()
            .contains("q", filter.q(), "a.name")
            .and("s.id = :speciesId", "speciesId", filter.speciesId())
            .and("enc.id = :enclosureId", "enclosureId", filter.enclosureId())
            .and("a.status = :status", "status", filter.status());
    return page(where, request, "JOIN FETCH a.species s LEFT JOIN FETCH a.enclosure enc");
  }

  public long countFeedings(Animal animal) {
    return count("SELECT COUNT(f) FROM Feeding f WHERE f.animal = :a", Map.of("a", animal));
  }

  /** ACTIVE animals in an enclosure, not counting {@code except} (the animal being moved). */
  public long countActiveIn(long enclosureId, Long except) {
    return count(
        "SELECT COUNT(a) FROM Animal a WHERE a.enclosure.id = :e AND a.status = :active"
            + " AND a.id <> :except",
        Map.of(
            "e",
            enclosureId,
            "active",
            AnimalStatus.ACTIVE,
            "except",
            except == null ? -1L : except));
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
