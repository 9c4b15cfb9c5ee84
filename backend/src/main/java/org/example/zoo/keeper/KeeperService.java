package org.example.zoo.keeper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.example.zoo.enclosure.Enclosure;
import org.example.zoo.enclosure.EnclosureService;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.problem.ApiException;
import org.example.zoo.user.UserAccount;
import org.example.zoo.user.UserAccountRepository;
import org.example.zoo.web.EntityService;

@ApplicationScoped
@Transactional
public class KeeperService implements EntityService<KeeperRequest, KeeperResponse> {

  @Inject KeeperRepository repository;
  @Inject EnclosureService enclosures;
  @Inject UserAccountRepository users;

  public Page<KeeperResponse> list(String q, Long enclosureId, PageRequest request) {
    return repository.list(q, enclosureId, request).map(KeeperResponse::of);
  }

  @Override
  public KeeperResponse get(long id) {
    return KeeperResponse.of(repository.require(id));
  }

  @Override
  public KeeperResponse create(KeeperRequest request) {
    return KeeperResponse.of(repository.persist(new Keeper(), keeper -> apply(request, keeper)));
  }

  @Override
  public KeeperResponse update(long id, KeeperRequest request) {
    return KeeperResponse.of(
        repository.replace(id, request.version(), keeper -> apply(request, keeper)));
  }

  @Override
  public void delete(long id) {
    repository.remove(
        id,
        keeper ->
            ApiException.requireUnused(
                repository.countFeedingsDoneBy(keeper),
                "Keeper " + id + " recorded %s; deleting the keeper would lose who did them.",
                "feeding"));
  }

  /** The keeper record an administrator linked to the sign-in user {@code userId}, if any. */
  /** The keeper record linked to the signed-in user {@code userId}; empty for none or no user. */
  public Optional<KeeperResponse> mine(OptionalLong userId) {
    return userId.isPresent()
        ? ofUser(userId.getAsLong()).map(KeeperResponse::of)
        : Optional.empty();
  }

  public Optional<Keeper> ofUser(long userId) {
    return repository.findByUserId(userId);
  }

  /** For other components: the keeper, or a 400 naming the request field that referred to it. */
  public Keeper reference(long id, String field) {
    return repository.reference(id, field);
  }

  /**
   * The request's values into a new or the current keeper, once the email is free and the user (if
   * any) exists (else a 400 naming {@code userId}) and is no other keeper (else a 409).
   */
  private void apply(KeeperRequest request, Keeper keeper) {
    Repository.requireUnique(
        "Another keeper already has this email address.",
        // mail addresses that differ only in case are the same mailbox in practice
        repository.takenIgnoringCase(keeper.getId(), "email", request.email()));
    UserAccount user = null;
    if (request.userId() != null) {
      user = users.reference(request.userId(), "userId");
      Repository.requireUnique(
          "This user is already linked to another keeper; unlink it there first.",
          repository.taken(repository.findByUserId(request.userId()), keeper.getId(), "userId"));
    }
    Set<Enclosure> assigned = new LinkedHashSet<>();
    List<Long> ids = request.enclosureIds() == null ? List.of() : request.enclosureIds();
    for (int i = 0; i < ids.size(); i++) {
      assigned.add(enclosures.reference(ids.get(i), "enclosureIds[" + i + "]"));
    }
    keeper.setFullName(request.fullName().trim());
    keeper.setEmail(request.email().trim());
    keeper.setHiredOn(request.hiredOn());
    keeper.setUser(user);
    keeper.getEnclosures().clear();
    keeper.getEnclosures().addAll(assigned);
  }
}
