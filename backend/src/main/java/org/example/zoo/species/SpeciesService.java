package org.example.zoo.species;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.problem.ApiException;
import org.example.zoo.web.EntityService;

@ApplicationScoped
@Transactional
public class SpeciesService implements EntityService<SpeciesRequest, SpeciesResponse> {

  @Inject SpeciesRepository repository;

  public Page<SpeciesResponse> list(String q, PageRequest request) {
    return repository.list(q, request).map(SpeciesResponse::of);
  }

  @Override
  public SpeciesResponse get(long id) {
    return SpeciesResponse.of(repository.require(id));
  }

  @Override
  public SpeciesResponse create(SpeciesRequest request) {
    return SpeciesResponse.of(
        repository.persist(new Species(), species -> apply(request, species)));
  }

  @Override
  public SpeciesResponse update(long id, SpeciesRequest request) {
    return SpeciesResponse.of(
        repository.replace(id, request.version(), species -> apply(request, species)));
  }

  @Override
  public void delete(long id) {
    repository.remove(
        id,
        species ->
            ApiException.requireUnused(
                repository.countAnimals(species),
                "Species " + id + " still has %s. Delete them or change their species first.",
                "animal"));
  }

  /** For other components: the species, or a 400 naming the request field that referred to it. */
  public Species reference(long id, String field) {
    return repository.reference(id, field);
  }

  /** The request's values into a new or the current species, once both names are free. */
  private void apply(SpeciesRequest request, Species species) {
    Repository.requireUnique(
        "Another species already has this name.",
        repository.takenIgnoringCase(species.getId(), "commonName", request.commonName()),
        repository.takenIgnoringCase(species.getId(), "scientificName", request.scientificName()));
    species.setCommonName(request.commonName().trim());
    species.setScientificName(request.scientificName().trim());
    species.setConservationStatus(ConservationStatus.valueOf(request.conservationStatus()));
    species.setDiet(Diet.valueOf(request.diet()));
  }
}
