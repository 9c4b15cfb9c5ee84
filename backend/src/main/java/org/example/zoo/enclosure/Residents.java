package org.example.zoo.enclosure;

import java.util.Collection;
import java.util.Map;

/**
 * Who lives in an enclosure, as the enclosure component needs to know it: the count of ACTIVE
 * animals. The animal component implements it (animals name their enclosure, not the other way), so
 * this component does not depend on animals.
 */
public interface Residents {

  /** ACTIVE animals in the enclosure. */
  long occupancy(Enclosure enclosure);

  /** ACTIVE animals per enclosure id, in one query; enclosures without animals are absent. */
  Map<Long, Long> occupancy(Collection<Long> enclosureIds);
}
