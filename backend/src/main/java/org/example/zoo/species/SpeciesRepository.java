package org.example.zoo.species;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.persistence.Where;

@ApplicationScoped
public class SpeciesRepository extends Repository<Species> {

  static final Sorting SORTING =
      new Sorting(
          "commonName",
          Map.of(
              "id", "s.id",
              "commonName", "s.commonName",
              "scientificName", "s.scientificName",
              "conservationStatus", "s.conservationStatus",
              "diet", "s.diet"));

  public SpeciesRepository() {
    super(Species.class, "Species");
  }

  public Page<Species> list(String q, PageRequest request) {
    Where where = where().contains("q", q, "s.commonName", "s.scientificName");
    return page(
        "SELECT s FROM Species s", "SELECT COUNT(s) FROM Species s", where, request, "s.id");
  }

  /** Case-insensitive, like SQL Server's default collation. */
  public Optional<Species> findByCommonName(String name) {
    return em.createQuery("SELECT s FROM Species s WHERE LOWER(s.commonName) = :n", Species.class)
        .setParameter("n", name.trim().toLowerCase())
        .getResultStream()
        .findFirst();
  }

  public Optional<Species> findByScientificName(String name) {
    return em.createQuery(
            "SELECT s FROM Species s WHERE LOWER(s.scientificName) = :n", Species.class)
        .setParameter("n", name.trim().toLowerCase())
        .getResultStream()
        .findFirst();
  }

  public long countAnimals(Species species) {
    return count("SELECT COUNT(a) FROM Animal a WHERE a.species = :s", Map.of("s", species));
  }
}
