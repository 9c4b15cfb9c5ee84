package org.example.zoo.animal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.example.zoo.enclosure.Enclosure;
import org.example.zoo.enclosure.EnclosureRepository;
import org.example.zoo.enclosure.EnclosureService;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.species.SpeciesService;
import org.example.zoo.web.EntityService;

@ApplicationScoped
@Transactional
public class AnimalService implements EntityService<AnimalRequest, AnimalResponse> {

  @Inject AnimalRepository repository;
  @Inject EnclosureRepository enclosures;
  @Inject EnclosureService enclosureService;
  @Inject SpeciesService speciesService;

  public Page<AnimalResponse> list(AnimalRepository.Filter filter, PageRequest request) {
    return repository.list(filter, request).map(AnimalResponse::of);
  }

  @Override
  public AnimalResponse get(long id) {
    return AnimalResponse.of(repository.require(id));
  }

  @Override
  public AnimalResponse create(AnimalRequest request) {
    return AnimalResponse.of(repository.persist(new Animal(), animal -> apply(request, animal)));
  }

  @Override
  public AnimalResponse update(long id, AnimalRequest request) {
    return AnimalResponse.of(
        repository.replace(id, request.version(), animal -> apply(request, animal)));
  }

  @Override
  public void delete(long id) {
    repository.remove(
        id,
        animal ->
            ApiException.requireUnused(
                repository.countFeedings(animal),
                "Animal "
                    + id
                    + " has %s on record. Set its status to TRANSFERRED or DECEASED instead of"
                    + " deleting it.",
                "feeding"));
  }

  /** For other components: the animal, or a 400 naming the request field that referred to it. */
  public Animal reference(long id, String field) {
    return repository.reference(id, field);
  }

  /** The animal, for other components; a 404 when it does not exist. */
  public Animal load(long id) {
    return repository.require(id);
  }

  private void apply(AnimalRequest request, Animal animal) {
    AnimalStatus status = AnimalStatus.valueOf(request.status());
    List<FieldError> errors =
        Animal.checkRules(
            status, request.enclosureId(), request.dateOfBirth(), request.arrivalDate());
    if (!errors.isEmpty()) {
      throw new ApiException(
          ProblemType.VALIDATION,
          errors.size() == 1
              ? "The request has 1 invalid field."
              : "The request has " + errors.size() + " invalid fields.",
          errors);
    }
    Enclosure enclosure =
        request.enclosureId() == null
            ? null
            : enclosureService.reference(request.enclosureId(), "enclosureId");
    boolean movesIn =
        status == AnimalStatus.ACTIVE
            && (!animal.isActive()
                || animal.getEnclosure() == null
                || !animal.getEnclosure().getId().equals(enclosure.getId()));
    if (movesIn) {
      checkCapacity(enclosure, animal.getId());
    }
    animal.setName(request.name().trim());
    animal.setSpecies(speciesService.reference(request.speciesId(), "speciesId"));
    animal.setEnclosure(enclosure);
    animal.setSex(Sex.valueOf(request.sex()));
    animal.setDateOfBirth(request.dateOfBirth());
    animal.setArrivalDate(request.arrivalDate());
    animal.setStatus(status);
    animal.setNotes(
        request.notes() == null || request.notes().isBlank() ? null : request.notes().trim());
  }

  /**
   * The enclosure's capacity invariant under concurrency: counting and inserting is not atomic, so
   * the enclosure's row is locked first (see {@link EnclosureRepository#lockAndRefresh}) and moves
   * into one enclosure happen one after the other.
   */
  private void checkCapacity(Enclosure enclosure, Long animalId) {
    enclosures.lockAndRefresh(enclosure);
    long occupancy = repository.countActiveIn(enclosure.getId(), animalId);
    if (occupancy >= enclosure.getCapacity()) {
      throw new ApiException(
          ProblemType.CAPACITY_EXCEEDED,
          "Enclosure '"
              + enclosure.getName()
              + "' is full: "
              + occupancy
              + " of "
              + enclosure.getCapacity()
              + " places are taken by active animals.",
          List.of(new FieldError("enclosureId", "enclosure " + enclosure.getId() + " is full")));
    }
  }
}
