package org.example.zoo.species;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.persistence.Where;

@ApplicationScoped
public class SpeciesRepository extends Repository<Species> {

  static final Sorting SORTING =
      Sorting.byFields(
          "s", "commonName", "id", "commonName", "scientificName", "conservationStatus", "diet");

  public SpeciesRepository() {
    super(Species.class, "Species", "s");
  }

  public Page<Species> list(String q, PageRequest request) {
    Where where = where().contains("q", q, "s.commonName", "s.scientificName");
    return page(where, request);
  }

  public long countAnimals(Species species) {
    return count("SELECT COUNT(a) FROM Animal a WHERE a.species = :s", Map.of("s", species));
  }
}
