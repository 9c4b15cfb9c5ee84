package org.example.zoo.enclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.web.EntityService;

@ApplicationScoped
@Transactional
public class EnclosureService implements EntityService<EnclosureRequest, EnclosureResponse> {

  @Inject EnclosureRepository repository;
  @Inject Residents residents;
  @Inject Event<EnclosureDeleting> deleting;

  public Page<EnclosureResponse> list(Habitat habitat, PageRequest request) {
    Page<Enclosure> page = repository.list(habitat, request);
    Map<Long, Long> occupancy =
        residents.occupancy(page.items().stream().map(Enclosure::getId).toList());
    return page.map(e -> EnclosureResponse.of(e, occupancy.getOrDefault(e.getId(), 0L)));
  }

  @Override
  public EnclosureResponse get(long id) {
    Enclosure enclosure = repository.require(id);
    return EnclosureResponse.of(enclosure, residents.occupancy(enclosure));
  }

  @Override
  public EnclosureResponse create(EnclosureRequest request) {
    return EnclosureResponse.of(
        repository.persist(new Enclosure(), enclosure -> apply(request, enclosure, 0)), 0);
  }

  @Override
  public EnclosureResponse update(long id, EnclosureRequest request) {
    Enclosure enclosure = repository.requireVersion(id, request.version());
    long occupancy = residents.occupancy(enclosure);
    // A changed capacity bumps the version, so a concurrent move into this enclosure conflicts.
    apply(request, enclosure, occupancy);
    repository.flush();
    return EnclosureResponse.of(enclosure, occupancy);
  }

  @Override
  public void delete(long id) {
    repository.remove(
        id,
        enclosure -> {
          ApiException.requireUnused(
              residents.occupancy(enclosure),
              "Enclosure " + id + " still holds %s. Move them to another enclosure first.",
              "active animal");
          deleting.fire(new EnclosureDeleting(enclosure));
        });
  }

  /** For other components: the enclosure, or a 400 naming the request field that referred to it. */
  public Enclosure reference(long id, String field) {
    return repository.reference(id, field);
  }

  /**
   * The request's values into a new or the current enclosure holding {@code occupancy} active
   * animals, once the name is free and the capacity holds them.
   */
  private void apply(EnclosureRequest request, Enclosure enclosure, long occupancy) {
    Repository.requireUnique(
        "Another enclosure already has this name.",
        repository.takenIgnoringCase(enclosure.getId(), "name", request.name()));
    if (request.capacity() < occupancy) {
      throw new ApiException(
          ProblemType.CAPACITY_EXCEEDED,
          "Enclosure %d holds %d active animals; capacity cannot be lower."
              .formatted(enclosure.getId(), occupancy),
          List.of(
              new FieldError("capacity", "must be at least " + occupancy + ", the animals in it")));
    }
    enclosure.setName(request.name().trim());
    enclosure.setHabitat(Habitat.valueOf(request.habitat()));
    enclosure.setCapacity(request.capacity());
    enclosure.setAreaSquareMeters(request.areaSquareMeters());
  }
}
