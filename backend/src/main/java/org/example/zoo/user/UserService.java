package org.example.zoo.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.PageRequest;
import org.example.zoo.persistence.Repository;
import org.example.zoo.persistence.UtcTimestamps;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.FieldError;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.web.EntityService;

/**
 * Administrators manage the users of the built-in login. There is always at least one administrator
 * left, and nobody deletes their own account.
 */
@ApplicationScoped
@Transactional
public class UserService implements EntityService<UserRequest, UserResponse> {

  @Inject UserAccountRepository repository;
  @Inject Event<PasswordChanged> passwordChanged;

  /** The signed-in user of the current request. */
  @Inject Caller caller;

  Clock clock = UtcTimestamps.CLOCK;

  public Page<UserResponse> list(String q, PageRequest request) {
    return repository.list(q, request).map(u -> UserResponse.of(u, clock.instant()));
  }

  @Override
  public UserResponse get(long id) {
    return UserResponse.of(repository.require(id), clock.instant());
  }

  @Override
  public UserResponse create(UserRequest request) {
    if (request.password() == null) {
      throw ApiException.invalid("password", "is required");
    }
    PasswordPolicy.require(request.password(), request.username(), "password");
    checkUniqueUsername(request.username(), null);
    UserAccount user =
        new UserAccount(
            request.username(),
            PasswordHashing.hash(request.password().toCharArray()),
            Role.ofGroup(request.role()));
    return UserResponse.of(repository.persist(user), clock.instant());
  }

  /**
   * Also lifts a lock-out: an administrator's save vouches for the account. A new password ends the
   * user's browser sessions (whoever knew the old one is signed out at their next renewal); a new
   * password or role ends the user's access tokens at once ({@link UserAccount#endAccessTokens}).
   */
  @Override
  public UserResponse update(long id, UserRequest request) {
    return UserResponse.of(
        repository.replace(id, request.version(), user -> change(request, user)), clock.instant());
  }

  private void change(UserRequest request, UserAccount user) {
    checkUniqueUsername(request.username(), user.getId());
    Role role = Role.ofGroup(request.role());
    if (user.getRole() == Role.ADMIN && role != Role.ADMIN) {
      requireAnotherAdministrator(user, "role");
    }
    if (role != user.getRole()) {
      user.endAccessTokens();
    }
    user.setUsername(request.username());
    user.setRole(role);
    if (request.password() != null) {
      PasswordPolicy.require(request.password(), request.username(), "password");
      user.setPasswordHash(PasswordHashing.hash(request.password().toCharArray()));
      user.endAccessTokens();
      passwordChanged.fire(new PasswordChanged(user.getId()));
    }
    user.setFailedLogins(0);
    user.setLockedUntil(null);
  }

  /** Deletes an account other than the caller's own, never the last administrator. */
  @Override
  public void delete(long id) {
    repository.remove(
        id,
        user -> {
          if (caller.is(user)) {
            throw new ApiException(
                ProblemType.CONFLICT,
                "You cannot delete your own account; another administrator can.");
          }
          if (user.getRole() == Role.ADMIN) {
            requireAnotherAdministrator(user, "id");
          }
        });
  }

  /**
   * A 409 when {@code user} is the last administrator, counted under the lock that orders
   * concurrent demotions and deletes ({@link UserAccountRepository#lockAndCountAdmins}): there is
   * always one administrator, also when two are demoted at the same moment.
   */
  private void requireAnotherAdministrator(UserAccount user, String field) {
    if (repository.lockAndCountAdmins() <= 1) {
      throw new ApiException(
          ProblemType.CONFLICT,
          user.getUsername() + " is the last administrator; make someone else admin first.",
          List.of(new FieldError(field, "the last administrator stays admin")));
    }
  }

  private void checkUniqueUsername(String username, Long selfId) {
    Repository.requireUnique(
        "Another user already has this name.",
        repository.taken(repository.findByUsername(username), selfId, "username"));
  }
}
