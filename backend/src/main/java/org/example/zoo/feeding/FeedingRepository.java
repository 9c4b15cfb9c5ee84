package org.example.zoo.feeding;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.persistence.Where;

@ApplicationScoped
public class FeedingRepository extends Repository<Feeding> {

  static final Sorting SORTING =
      new Sorting(
          "scheduledAt",
          Map.of(
              "id", "f.id",
              "scheduledAt", "f.scheduledAt",
              "fedAt", "f.fedAt",
              "food", "f.food",
              "quantityGrams", "f.quantityGrams",
              "animalName", "a.name"));

  public FeedingRepository() {
    super(Feeding.class, "Feeding");
  }

  /**
   * @param dueAt when not null: only unfed feedings scheduled at or before it
   */
  public Page<Feeding> list(Long animalId, Instant dueAt, PageRequest request) {
    Where where = where().and("a.id = :animalId", "animalId", animalId);
    if (dueAt != null) {
      where.and("f.fedAt IS NULL").and("f.scheduledAt <= :now", "now", dueAt);
    }
    return page(
        "SELECT f FROM Feeding f JOIN FETCH f.animal a LEFT JOIN FETCH f.fedBy",
        "SELECT COUNT(f) FROM Feeding f JOIN f.animal a",
        where,
        request,
        "f.id");
  }
}
