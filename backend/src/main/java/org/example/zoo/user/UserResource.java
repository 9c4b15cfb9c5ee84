package org.example.zoo.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.persistence.Page;
import org.example.zoo.persistence.Sorting;
import org.example.zoo.web.Created;
import org.example.zoo.web.JsonBody;
import org.example.zoo.web.PageParams;
import org.example.zoo.web.RequiresDatabase;

/** The users of the built-in login, for administrators only. */
@Path("users")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

  static final Sorting SORTING =
      new Sorting("username", Map.of("id", "u.id", "username", "u.username", "role", "u.role"));

  @Inject UserService service;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "List users (never their passwords)")
  public Page<UserResponse> list(
      @BeanParam PageParams paging,
      @Parameter(description = "part of the user name") @QueryParam("q") String q) {
    return service.list(q, paging.request(SORTING));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get one user")
  public UserResponse get(@PathParam("id") long id) {
    return service.get(id);
  }

  @POST
  @APIResponse(responseCode = "201", description = "Created; Location names the new resource")
  @Operation(summary = "Create a user with a role and an initial password")
  public Response create(@Valid @JsonBody UserRequest request, @Context UriInfo uriInfo) {
    UserResponse created = service.create(request);
    return Created.at(uriInfo, created.id(), created);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Rename, change the role, or set a new password; also lifts a lock-out",
      description = "The last administrator keeps the admin role.")
  public UserResponse update(@PathParam("id") long id, @Valid @JsonBody UserRequest request) {
    return service.update(id, request);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a user (not yourself)")
  public void delete(@PathParam("id") long id) {
    service.delete(id, security.getUserPrincipal().getName());
  }
}
