package org.example.zoo.feeding;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.persistence.Where;

@ApplicationScoped
public class FeedingRepository extends Repository<Feeding> {

  static final Sorting SORTING =
      Sorting.byFields("f", "scheduledAt", "id", "scheduledAt", "fedAt", "food", "quantityGrams")
          .with("animalName", "a.name");

  public FeedingRepository() {
    super(Feeding.class, "Feeding", "f");
  }

  /**
   * @param dueAt when not null: only unfed feedings scheduled at or before it
   */
  public Page<Feeding> list(Long animalId, Instant dueAt, PageRequest request) {
    Where where = where().and("a.id = :animalId", "animalId", animalId);
    if (dueAt != null) {
      where.and("f.fedAt IS NULL").and("f.scheduledAt <= :now", "now", dueAt);
    }
    return page(where, request, "JOIN FETCH f.animal a LEFT JOIN FETCH f.fedBy k");
  }
}
