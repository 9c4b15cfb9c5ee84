package org.example.zoo.animal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import org.example.zoo.enclosure.Enclosure;
import org.example.zoo.enclosure.EnclosureDeleting;
import org.example.zoo.enclosure.Residents;

/** The enclosures' occupancy from the animals' side, and their release when one is deleted. */
@ApplicationScoped
public class EnclosureResidents implements Residents {

  @Inject AnimalRepository animals;

  @Override
  public long occupancy(Enclosure enclosure) {
    return animals.occupancy(enclosure);
  }

  @Override
  public Map<Long, Long> occupancy(Collection<Long> enclosureIds) {
    return animals.occupancy(enclosureIds);
  }

  /** Animals that no longer live in the deleted enclosure but still name it let go of it. */
  void release(@Observes EnclosureDeleting deleting) {
    animals.releaseInactiveAnimals(deleting.enclosure());
  }
}
