package org.example.zoo.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.example.zoo.migration.DatabaseMigrator;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.user.Caller;
import org.example.zoo.user.UserAccountRepository;
import org.example.zoo.web.Problems;
import org.example.zoo.web.RequiresDatabase;

/**
 * Rights end when they are removed: a token of the built-in login is honoured only while its user
 * exists and still has the token generation the token names ({@link Caller#GENERATION}); changing a
 * user's role or password counts the generation up, deleting the user removes it. Checked on every
 * request that carries such a token, with one primary-key read, after the database-ready check (the
 * few endpoints that answer without the database, /api/info and /api/auth/me, are checked whenever
 * it answers, and otherwise answer as the token says); so a demoted, deleted or re-passworded
 * user's tokens stop working at once, on every server instance, rather than when they expire.
 * Refused: {@code 401 /problems/unauthenticated}. Tokens without a user id are left to their
 * signature: an identity provider's (built-in login off), or signed with the key by someone other
 * than this server (the server's own always name the user), or issued before user ids were (expired
 * within ZOO_AUTH_TOKEN_MINUTES).
 */
@Provider
@Priority(Priorities.USER + 10)
public class AccessTokenCheck implements ContainerRequestFilter {

  @Inject AuthSetup setup;
  @Inject UserAccountRepository users;
  @Inject DatabaseMigrator migrator;
  @Context UriInfo uriInfo;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (setup.issuer().isEmpty()
        || !(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
      return;
    }
    String refusal;
    if (needsDatabase()) {
      refusal = refusal(token);
    } else {
      // /api/info, /api/auth/me: answer while the database is away, as whom the token says
      // only when the token is checked
      if (migrator.state() != DatabaseMigrator.State.READY) {
        return;
      }
      try {
        refusal = refusal(token);
      } catch (RuntimeException databaseAway) {
        return;
      }
    }
    if (refusal != null) {
      request.abortWith(
          Problems.response(new ApiException(ProblemType.UNAUTHENTICATED, refusal), uriInfo));
    }
  }

  private boolean needsDatabase() {
    java.lang.reflect.Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    return (method != null && method.isAnnotationPresent(RequiresDatabase.class))
        || (type != null && type.isAnnotationPresent(RequiresDatabase.class));
  }

  /** Why this token no longer counts, or null when it does. */
  String refusal(JsonWebToken token) {
    OptionalLong userId = Caller.number(token, Caller.USER_ID);
    OptionalLong generation = Caller.number(token, Caller.GENERATION);
    if (userId.isEmpty()) {
      return null;
    }
    if (generation.isEmpty()) {
      return "This token names its user but not its generation: sign in again.";
    }
    OptionalInt current = users.tokenGeneration(userId.getAsLong());
    if (current.isEmpty()) {
      return "This token's user no longer exists.";
    }
    if (current.getAsInt() != generation.getAsLong()) {
      return "This token was issued before the user's role or password changed: sign in again.";
    }
    return null;
  }
}
