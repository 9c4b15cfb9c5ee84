package org.example.zoo.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.web.ApiException;
import org.example.zoo.web.ProblemType;
import org.example.zoo.web.RequiresDatabase;

@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class AuthResource {

  @Inject AuthService service;
  @Context SecurityContext security;

  @POST
  @Path("login")
  @PermitAll
  @RequiresDatabase
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Exchange a user name and password for a short-lived bearer token",
      description =
          "Built-in login (off when ZOO_AUTH_LOGIN=false). After zoo.auth.max-failures wrong"
              + " passwords in a row the account is locked for a while: 429 with Retry-After.")
  public TokenResponse login(
      @Valid @NotNull(message = "a JSON body is required") LoginRequest request) {
    return service.login(request);
  }

  @POST
  @Path("renew")
  @RequiresDatabase
  @RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
  @Operation(summary = "Exchange a valid token for a fresh one, before it expires")
  public TokenResponse renew() {
    return service.renew(token().getName());
  }

  @GET
  @Path("me")
  @PermitAll
  @Operation(summary = "Who the bearer token says you are, your role, and when the token expires")
  public CurrentUser me() {
    JsonWebToken jwt = token();
    Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    Role strongest = null;
    for (String group : groups) {
      Role role = Role.ofGroup(group);
      if (role != null && (strongest == null || role.compareTo(strongest) > 0)) {
        strongest = role;
      }
    }
    return new CurrentUser(
        jwt.getName(),
        strongest == null ? null : strongest.groupName(),
        List.copyOf(new java.util.TreeSet<>(groups)),
        Instant.ofEpochSecond(jwt.getExpirationTime()));
  }

  /**
   * The caller's token. Taken from the security context rather than injected: injecting {@code
   * JsonWebToken} into a resource that also serves anonymous calls (login) logs an error for each.
   */
  private JsonWebToken token() {
    if (security.getUserPrincipal() instanceof JsonWebToken jwt) {
      return jwt;
    }
    throw new ApiException(ProblemType.UNAUTHENTICATED, "Sign in first: no bearer token.");
  }
}
