package org.example.zoo.feeding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.example.zoo.animal.Animal;
import org.example.zoo.animal.AnimalService;
import org.example.zoo.keeper.Keeper;
import org.example.zoo.keeper.KeeperService;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.UtcTimestamps;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.web.EntityService;

@ApplicationScoped
@Transactional
public class FeedingService implements EntityService<FeedingRequest, FeedingResponse> {

  @Inject FeedingRepository repository;
  @Inject AnimalService animals;
  @Inject KeeperService keepers;

  Clock clock = UtcTimestamps.CLOCK;

  public Page<FeedingResponse> list(FeedingRepository.Filter filter, PageRequest request) {
    Instant now = clock.instant();
    return repository.list(filter, now, request).map(f -> FeedingResponse.of(f, now));
  }

  /** The animal's feedings; a 404 for an unknown animal, not an empty page. */
  public Page<FeedingResponse> forAnimal(long animalId, PageRequest request) {
    animals.load(animalId);
    return list(FeedingRepository.Filter.ofAnimal(animalId), request);
  }

  /**
   * The first instant of {@code day} in the zoo's time zone, or null (no bound) where that lies
   * outside the years 0001 to 9999 that both databases store (the first and the day after the last
   * day there, in a zone east or west of UTC).
   */
  static Instant startOfDay(LocalDate day, ZoneId zone) {
    Instant start = day.atStartOfDay(zone).toInstant();
    return start.isBefore(FIRST) || start.isAfter(LAST) ? null : start;
  }

  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

  @Override
  public FeedingResponse get(long id) {
    return response(repository.require(id));
  }

  @Override
  public FeedingResponse create(FeedingRequest request) {
    return response(repository.persist(new Feeding(), feeding -> apply(request, feeding)));
  }

  @Override
  public FeedingResponse update(long id, FeedingRequest request) {
    return response(repository.replace(id, request.version(), feeding -> apply(request, feeding)));
  }

  private FeedingResponse response(Feeding feeding) {
    return FeedingResponse.of(feeding, clock.instant());
  }

  /** An administrator records that the keeper the request names fed the animal, now. */
  public FeedingResponse complete(long id, CompleteFeedingRequest request) {
    Feeding feeding = repository.require(id);
    if (request.keeperId() == null) {
      throw ApiException.invalid("keeperId", "is required: name the keeper who fed the animal");
    }
    return complete(feeding, keepers.reference(request.keeperId(), "keeperId"));
  }

  /**
   * A keeper records that they fed the animal, now: as the keeper record linked to their user
   * ({@code userId}, the token's), whatever else they could name. A 403 when no keeper record is
   * linked to them, or when the request names another keeper (never silently replaced).
   */
  public FeedingResponse completeAsCaller(
      long id, CompleteFeedingRequest request, OptionalLong userId) {
    Feeding feeding = repository.require(id);
    Keeper own =
        (userId.isPresent() ? keepers.ofUser(userId.getAsLong()) : Optional.<Keeper>empty())
            .orElseThrow(
                () ->
                    new ApiException(
                        ProblemType.FORBIDDEN,
                        "Your user is not linked to a keeper record, so feedings cannot be"
                            + " recorded in your name; an administrator links your user on the"
                            + " keeper record (Keepers page)."));
    if (request.keeperId() != null && request.keeperId() != own.getId().longValue()) {
      throw new ApiException(
          ProblemType.FORBIDDEN,
          "A keeper records feedings as themselves, keeper "
              + own.getId()
              + "; only an administrator records them for another keeper.",
          List.of(
              new FieldError(
                  "keeperId", "must be your own keeper record, " + own.getId() + ", or absent")));
    }
    return complete(feeding, own);
  }

  private FeedingResponse complete(Feeding feeding, Keeper keeper) {
    long id = feeding.getId();
    if (feeding.isCompleted()) {
      throw new ApiException(
          ProblemType.CONFLICT,
          "Feeding " + id + " was already completed at " + feeding.getFedAt() + ".");
    }
    feeding.complete(keeper, clock.instant());
    repository.flush();
    return response(feeding);
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
