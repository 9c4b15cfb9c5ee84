package org.example.zoo.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.persistence.Page;
import org.example.zoo.web.EntityResource;
import org.example.zoo.web.PageParams;
import org.example.zoo.web.RequiresDatabase;
import org.example.zoo.web.Roles;

/**
 * The users of the built-in login, for administrators only: the class's roles cover its own
 * methods, and {@link EntityResource}'s writes are for administrators anyway.
 */
@Path("users")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource extends EntityResource<UserRequest, UserResponse> {

  @Inject UserService service;

  @Override
  protected UserService service() {
    return service;
  }

  /** Declared here, so that the class's roles apply: only administrators see an account. */
  @Override
  public UserResponse get(long id) {
    return super.get(id);
  }

  @GET
  @Operation(operationId = "listUsers", summary = "List users (never their passwords)")
  public Page<UserResponse> list(
      @BeanParam PageParams paging,
      @Parameter(description = "part of the user name") @QueryParam("q") String q) {
    return service.list(q, paging.request(UserAccountRepository.SORTING));
  }
}
