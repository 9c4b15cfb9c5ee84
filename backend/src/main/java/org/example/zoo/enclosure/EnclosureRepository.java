package org.example.zoo.enclosure;

import jakarta.enterprise.context.ApplicationScoped;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.persistence.Where;

@ApplicationScoped
public class EnclosureRepository extends Repository<Enclosure> {

  static final Sorting SORTING =
      Sorting.byFields("e", "name", "id", "name", "habitat", "capacity", "areaSquareMeters");

  public EnclosureRepository() {
    super(Enclosure.class, "Enclosure", "e");
  }

  public Page<Enclosure> list(Habitat habitat, PageRequest request) {
    Where where = where().and("e.habitat = :habitat", "habitat", habitat);
    return page(where, request);
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
}
