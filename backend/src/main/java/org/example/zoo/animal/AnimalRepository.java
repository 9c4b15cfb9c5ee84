package org.example.zoo.animal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.Where;
import org.example.zoo.web.Page;
import org.example.zoo.web.PageRequest;

@ApplicationScoped
public class AnimalRepository extends Repository<Animal> {

  static final Map<String, String> SORTABLE =
      Map.of(
          "id", "a.id",
          "name", "a.name",
          "speciesName", "s.commonName",
          "enclosureName", "enc.name",
          "sex", "a.sex",
          "dateOfBirth", "a.dateOfBirth",
          "arrivalDate", "a.arrivalDate",
          "status", "a.status");

  public AnimalRepository() {
    super(Animal.class);
  }

  public record Filter(String q, Long speciesId, Long enclosureId, AnimalStatus status) {}

  public Page<Animal> list(Filter filter, PageRequest request) {
    Where where =
        where()
            .contains("q", filter.q(), "a.name")
            .and("s.id = :speciesId", "speciesId", filter.speciesId())
            .and("enc.id = :enclosureId", "enclosureId", filter.enclosureId())
            .and("a.status = :status", "status", filter.status());
    return page(
        "SELECT a FROM Animal a JOIN FETCH a.species s LEFT JOIN FETCH a.enclosure enc",
        "SELECT COUNT(a) FROM Animal a JOIN a.species s LEFT JOIN a.enclosure enc",
        where,
        request,
        "a.id");
  }

  public long countFeedings(Animal animal) {
    return count("SELECT COUNT(f) FROM Feeding f WHERE f.animal = :a", Map.of("a", animal));
  }

  /** ACTIVE animals in an enclosure, not counting {@code except} (the animal being moved). */
  public long countActiveIn(long enclosureId, Long except) {
    return count(
        "SELECT COUNT(a) FROM Animal a WHERE a.enclosure.id = :e AND a.status = :active"
            + " AND a.id <> :except",
        Map.of(
            "e",
            enclosureId,
            "active",
            AnimalStatus.ACTIVE,
            "except",
            except == null ? -1L : except));
  }
}
