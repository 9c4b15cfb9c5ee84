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
          .with("animalName", "a.name")
          .with("enclosureName", "enc.name")
          .with("fedByName", "k.fullName");

  public FeedingRepository() {
    super(Feeding.class, "Feeding", "f");
  }

  /**
   * The filters of the feedings list; each null one filters nothing.
   *
   * @param enclosureId feedings of the animals that live in this enclosure now
   * @param roundOf a keeper's round: feedings of the animals in the enclosures the keeper is
   *     assigned to
   * @param fedBy feedings this keeper recorded
   * @param dueNow true: unfed and scheduled at or before now (the dashboard's "due now")
   * @param from scheduled at or after it
   * @param before scheduled before it
   */
  public record Filter(
      Long animalId,
      Long enclosureId,
      Long roundOf,
      Long fedBy,
      FeedingState state,
      boolean dueNow,
      Instant from,
      Instant before) {

    public static Filter ofAnimal(long animalId) {
      return new Filter(animalId, null, null, null, null, false, null, null);
    }
  }

  /** The feedings {@code filter} selects, with states as of {@code now}. */
  public Page<Feeding> list(Filter filter, Instant now, PageRequest request) {
    Where where =
        where()
            .and("a.id = :animalId", "animalId", filter.animalId())
            .and("enc.id = :enclosureId", "enclosureId", filter.enclosureId())
            .and(
                // Uncorrelated: EclipseLink does not carry a fetch join's alias into a subquery.
                "enc.id IN (SELECT re.id FROM Keeper r JOIN r.enclosures re WHERE r.id = :roundOf)",
                "roundOf",
                filter.roundOf())
            .and("k.id = :fedBy", "fedBy", filter.fedBy())
            .and("f.scheduledAt >= :from", "from", filter.from())
            .and("f.scheduledAt < :before", "before", filter.before());
    if (filter.dueNow()) {
      where.and("f.fedAt IS NULL").and("f.scheduledAt <= :now", "now", now);
    }
    if (filter.state() != null) {
      switch (filter.state()) {
        case DUE -> where.and("f.fedAt IS NULL").and("f.scheduledAt >= :now", "now", now);
        case OVERDUE -> where.and("f.fedAt IS NULL").and("f.scheduledAt < :now", "now", now);
        case DONE -> where.and("f.fedAt IS NOT NULL");
      }
    }
    return page(
        where,
        request,
        "JOIN FETCH f.animal a LEFT JOIN FETCH a.enclosure enc LEFT JOIN FETCH f.fedBy k");
  }
}
