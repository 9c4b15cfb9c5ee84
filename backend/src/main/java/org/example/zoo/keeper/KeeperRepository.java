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
      Sorting.byFields("k", "fullName", "id", "fullName", "email", "hiredOn");

  public KeeperRepository() {
    super(Keeper.class, "Keeper", "k");
  }

  public Page<Keeper> list(String q, Long enclosureId, PageRequest request) {
    Where where =
        where()
            .contains("q", q, "k.fullName", "k.email")
            .and(
                "EXISTS (SELECT e FROM Keeper k2 JOIN k2.enclosures e WHERE k2 = k AND e.id = :enc)",
                "enc",
                enclosureId);
    return page(where, request);
  }

  public long countFeedingsDoneBy(Keeper keeper) {
    return count("SELECT COUNT(f) FROM Feeding f WHERE f.fedBy = :k", Map.of("k", keeper));
  }

  /** The keeper linked to this sign-in user, if any (at most one: uq_keeper_user_user). */
  public Optional<Keeper> findByUserId(long userId) {
    return em.createQuery("SELECT k FROM Keeper k WHERE k.user.id = :u", Keeper.class)
        .setParameter("u", userId)
        .getResultStream()
        .findFirst();
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
