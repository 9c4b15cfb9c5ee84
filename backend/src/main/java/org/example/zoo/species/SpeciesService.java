package org.example.zoo.species;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Versions;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;

@ApplicationScoped
@Transactional
public class SpeciesService {

  @Inject SpeciesRepository repository;

  public Page<SpeciesResponse> list(String q, PageRequest request) {
    return repository.list(q, request).map(SpeciesResponse::of);
  }

  public SpeciesResponse get(long id) {
    return SpeciesResponse.of(load(id));
  }

  public SpeciesResponse create(SpeciesRequest request) {
    checkUnique(request, null);
    Species species = new Species();
    apply(request, species);
    return SpeciesResponse.of(repository.persist(species));
  }

  public SpeciesResponse update(long id, SpeciesRequest request) {
    Species species = load(id);
    Versions.check("Species", id, request.version(), species.getVersion());
    checkUnique(request, species.getId());
    apply(request, species);
    repository.flush();
    return SpeciesResponse.of(species);
  }

  public void delete(long id) {
    Species species = load(id);
    long animals = repository.countAnimals(species);
    if (animals > 0) {
      throw new ApiException(
          ProblemType.IN_USE,
          "Species "
              + id
              + " still has "
              + animals
              + (animals == 1 ? " animal" : " animals")
              + ". Delete them or change their species first.");
    }
    repository.remove(species);
  }

  /** For other components: the species, or a 400 naming the request field that referred to it. */
  public Species reference(long id, String field) {
    return repository
        .find(id)
        .orElseThrow(() -> ApiException.invalid(field, "species " + id + " does not exist"));
  }

  private Species load(long id) {
    return repository.find(id).orElseThrow(() -> ApiException.notFound("Species", id));
  }

  private void checkUnique(SpeciesRequest request, Long selfId) {
    List<FieldError> errors = new ArrayList<>();
    repository
        .findByCommonName(request.commonName())
        .filter(other -> !other.getId().equals(selfId))
        .ifPresent(
            other ->
                errors.add(
                    new FieldError("commonName", "is already used by species " + other.getId())));
    repository
        .findByScientificName(request.scientificName())
        .filter(other -> !other.getId().equals(selfId))
        .ifPresent(
            other ->
                errors.add(
                    new FieldError(
                        "scientificName", "is already used by species " + other.getId())));
    if (!errors.isEmpty()) {
      throw new ApiException(
          ProblemType.ALREADY_EXISTS, "Another species already has this name.", errors);
    }
  }

  private static void apply(SpeciesRequest request, Species species) {
    species.setCommonName(request.commonName().trim());
    species.setScientificName(request.scientificName().trim());
    species.setConservationStatus(ConservationStatus.valueOf(request.conservationStatus()));
    species.setDiet(Diet.valueOf(request.diet()));
  }
}
