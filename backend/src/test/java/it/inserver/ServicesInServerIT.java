package it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.example.zoo.animal.AnimalRepository;
import org.example.zoo.animal.AnimalRequest;
import org.example.zoo.animal.AnimalService;
import org.example.zoo.enclosure.EnclosureRepository;
import org.example.zoo.enclosure.EnclosureRequest;
import org.example.zoo.enclosure.EnclosureResponse;
import org.example.zoo.enclosure.EnclosureService;
import org.example.zoo.enclosure.Residents;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.species.SpeciesRepository;
import org.example.zoo.species.SpeciesRequest;
import org.example.zoo.species.SpeciesService;
import org.example.zoo.web.PageParams;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Services and repositories inside the server, through CDI and JTA, against the real data source:
 * what the HTTP tests cannot see, such as a rule's rollback and the queries' ordering.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesInServerIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "zoo-inserver.war")
        .addPackages(
            false,
            Filters.exclude(".*Test.*|.*WebUiFilter.*|.*BodyLimitFilter.*"),
            "org.example.zoo.species",
            "org.example.zoo.enclosure",
            "org.example.zoo.animal",
            "org.example.zoo.keeper",
            "org.example.zoo.feeding",
            "org.example.zoo.user",
            "org.example.zoo.web",
            "org.example.zoo.persistence",
            "org.example.zoo.problem")
        .addClass(org.example.zoo.ZooApplication.class)
        // The feedings list counts days in the zoo's calendar (not the rest of config and the
        // packages beside it, which start the server's own machinery: migrations, probes, the
        // drain).
        .addClass(org.example.zoo.config.ZooCalendar.class)
        .addAsResource(
            new File("target/classes/META-INF/persistence.xml"), "META-INF/persistence.xml")
        .addAsWebInfResource(new File("src/main/webapp/WEB-INF/beans.xml"), "beans.xml");
  }

  @Inject SpeciesService species;
  @Inject EnclosureService enclosures;
  @Inject AnimalService animals;
  @Inject AnimalRepository animalRepository;
  @Inject SpeciesRepository speciesRepository;
  @Inject EnclosureRepository enclosureRepository;
  @Inject Residents residents;

  private static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private long newSpecies(String diet) {
    String name = unique("InServer");
    return species.create(new SpeciesRequest(name, name + " latinus", "LC", diet, null)).id();
  }

  private EnclosureResponse newEnclosure(int capacity) {
    return enclosures.create(
        new EnclosureRequest(unique("Pen"), "DESERT", capacity, new BigDecimal("10"), null));
  }

  private AnimalRequest animal(long speciesId, long enclosureId) {
    return new AnimalRequest(
        unique("A"),
        speciesId,
        enclosureId,
        "MALE",
        null,
        LocalDate.of(2020, 1, 1),
        "ACTIVE",
        null,
        null);
  }

  @Test
  void aBrokenRuleLeavesNothingBehind() {
    long speciesId = newSpecies("HERBIVORE");
    long enclosureId = newEnclosure(1).id();
    animals.create(animal(speciesId, enclosureId));

    ApiException full =
        assertThrows(ApiException.class, () -> animals.create(animal(speciesId, enclosureId)));
    assertEquals(ProblemType.CAPACITY_EXCEEDED, full.type());

    AnimalRepository.Filter inSpecies = new AnimalRepository.Filter(null, speciesId, null, null);
    PageRequest all = PageParams.parse(null, "100", null, new Sorting("id", Map.of("id", "a.id")));
    assertEquals(
        1,
        animalRepository.list(inSpecies, all).totalItems(),
        "the rejected animal was rolled back");
    assertEquals(1, enclosures.get(enclosureId).occupancy());
  }

  @Test
  void pagesDoNotOverlapWhenTheSortKeyRepeats() {
    String diet = "PISCIVORE";
    for (int i = 0; i < 5; i++) {
      newSpecies(diet);
    }
    Map<String, String> sortable = Map.of("diet", "s.diet", "id", "s.id");
    long total =
        speciesRepository
            .list(null, PageParams.parse("0", "1", "diet,asc", new Sorting("id", sortable)))
            .totalItems();
    Set<Long> seen = new HashSet<>();
    for (int page = 0; page < total; page++) {
      Page<org.example.zoo.species.Species> one =
          speciesRepository.list(
              null,
              PageParams.parse(
                  Integer.toString(page), "1", "diet,asc", new Sorting("id", sortable)));
      assertEquals(1, one.items().size());
      assertTrue(seen.add(one.items().get(0).getId()), "page " + page + " repeats a species");
    }
    assertEquals(total, seen.size());
  }

  @Test
  void occupancyOfManyEnclosuresInOneQuery() {
    long speciesId = newSpecies("OMNIVORE");
    long two = newEnclosure(5).id();
    long none = newEnclosure(5).id();
    animals.create(animal(speciesId, two));
    animals.create(animal(speciesId, two));

    Map<Long, Long> occupancy = residents.occupancy(List.of(two, none));
    assertEquals(2L, occupancy.get(two));
    assertEquals(null, occupancy.get(none), "an empty enclosure has no row");
  }
}
