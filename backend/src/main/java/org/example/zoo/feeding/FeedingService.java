package org.example.zoo.feeding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.example.zoo.animal.Animal;
import org.example.zoo.animal.AnimalService;
import org.example.zoo.keeper.Keeper;
import org.example.zoo.keeper.KeeperService;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.UtcTimestamps;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.web.EntityService;

@ApplicationScoped
@Transactional
public class FeedingService implements EntityService<FeedingRequest, FeedingResponse> {

  @Inject FeedingRepository repository;
  @Inject AnimalService animals;
  @Inject KeeperService keepers;

  Clock clock = UtcTimestamps.CLOCK;

  public Page<FeedingResponse> list(Long animalId, boolean dueOnly, PageRequest request) {
    return repository
        .list(animalId, dueOnly ? clock.instant() : null, request)
        .map(FeedingResponse::of);
  }

  /** The animal's feedings; a 404 for an unknown animal, not an empty page. */
  public Page<FeedingResponse> forAnimal(long animalId, PageRequest request) {
    animals.load(animalId);
    return list(animalId, false, request);
  }

  @Override
  public FeedingResponse get(long id) {
    return FeedingResponse.of(repository.require(id));
  }

  @Override
  public FeedingResponse create(FeedingRequest request) {
    return FeedingResponse.of(
        repository.persist(new Feeding(), feeding -> apply(request, feeding)));
  }

  @Override
  public FeedingResponse update(long id, FeedingRequest request) {
    return FeedingResponse.of(
        repository.replace(id, request.version(), feeding -> apply(request, feeding)));
  }

  public FeedingResponse complete(long id, CompleteFeedingRequest request) {
    Feeding feeding = repository.require(id);
    Keeper keeper = keepers.reference(request.keeperId(), "keeperId");
    if (feeding.isCompleted()) {
      throw new ApiException(
          ProblemType.CONFLICT,
          "Feeding " + id + " was already completed at " + feeding.getFedAt() + ".");
    }
    feeding.complete(keeper, clock.instant());
    repository.flush();
    return FeedingResponse.of(feeding);
  }

  @Override
  public void delete(long id) {
    repository.remove(id, FeedingService::requireOpen);
  }

  /** A completed feeding is part of the record: a 409 {@code conflict} for a change to it. */
  private static void requireOpen(Feeding feeding) {
    if (feeding.isCompleted()) {
      throw new ApiException(
          ProblemType.CONFLICT,
          "Feeding " + feeding.getId() + " is completed; it is part of the record now.");
    }
  }

  /** The request's values into a new or a still open feeding. */
  private void apply(FeedingRequest request, Feeding feeding) {
    requireOpen(feeding);
    Animal animal = animals.reference(request.animalId(), "animalId");
    if (!animal.isActive()) {
      throw new ApiException(
          ProblemType.CONFLICT,
          "Animal "
              + animal.getId()
              + " is "
              + animal.getStatus()
              + "; only ACTIVE animals are fed.");
    }
    feeding.setAnimal(animal);
    feeding.setScheduledAt(request.scheduledAt());
    feeding.setFood(request.food().trim());
    feeding.setQuantityGrams(request.quantityGrams());
  }
}
