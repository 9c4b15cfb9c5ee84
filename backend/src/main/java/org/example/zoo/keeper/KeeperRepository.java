package org.example.zoo.keeper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import org.example.zoo.enclosure.Enclosure;
import org.example.zoo.enclosure.EnclosureDeleting;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.persistence.Where;

@ApplicationScoped
public class KeeperRepository extends Repository<Keeper> {

  static final Sorting SORTING =
      new Sorting(
          "fullName",
          Map.of(
              "id", "k.id", "fullName", "k.fullName", "email", "k.email", "hiredOn", "k.hiredOn"));

  public KeeperRepository() {
    super(Keeper.class, "Keeper");
  }

  public Page<Keeper> list(String q, Long enclosureId, PageRequest request) {
    Where where =
        where()
            .contains("q", q, "k.fullName", "k.email")
            .and(
                "EXISTS (SELECT e FROM Keeper k2 JOIN k2.enclosures e WHERE k2 = k AND e.id = :enc)",
                "enc",
                enclosureId);
    return page("SELECT k FROM Keeper k", "SELECT COUNT(k) FROM Keeper k", where, request, "k.id");
  }

  /** Case-insensitive: mail addresses differ only in case are the same mailbox in practice. */
  public Optional<Keeper> findByEmail(String email) {
    return em.createQuery("SELECT k FROM Keeper k WHERE LOWER(k.email) = :m", Keeper.class)
        .setParameter("m", email.trim().toLowerCase())
        .getResultStream()
        .findFirst();
  }

  public long countFeedingsDoneBy(Keeper keeper) {
    return count("SELECT COUNT(f) FROM Feeding f WHERE f.fedBy = :k", Map.of("k", keeper));
  }

  /** Removes an enclosure that is about to be deleted from every keeper's assignments. */
  void unassignEverywhere(@Observes EnclosureDeleting deleting) {
    Enclosure enclosure = deleting.enclosure();
    em.createQuery("SELECT k FROM Keeper k JOIN k.enclosures e WHERE e = :e", Keeper.class)
        .setParameter("e", enclosure)
        .getResultList()
        .forEach(k -> k.getEnclosures().remove(enclosure));
    em.flush();
  }
}
