package org.example.zoo.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.example.zoo.persistence.ConcurrentChange;

/**
 * The operations every entity's collection has in common, declared once: {@code GET {id}}, {@code
 * POST} (201 with a Location), {@code PUT {id}} and {@code DELETE {id}} below the subclass's
 * {@code @Path}. A subclass adds its list (its own query parameters) and anything else it has.
 *
 * <p>Roles: the server checks the {@code @RolesAllowed} of the class that <em>declares</em> the
 * method it calls, so the roles of these methods are written here: reading for every role, writing
 * for administrators. {@link KeeperRecordsResource} lets keepers create and replace too. A subclass
 * that overrides one of these methods states its roles on the override (or on its class). The
 * subclass's own {@code @RolesAllowed} at class level covers only its own methods.
 *
 * <p>Writes run in {@link ConcurrentChange#retry}: a transaction that lost a race runs again and
 * answers from what the winner wrote. The OpenAPI summaries of these operations, which name the
 * entity and its rules, are in {@code META-INF/openapi.yaml}.
 *
 * @param <Q> the request body of create and replace
 * @param <R> the response body
 */
@RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class EntityResource<Q, R extends Identified> {

  /** The component's service; every operation here delegates to it. */
  protected abstract EntityService<Q, R> service();

  @GET
  @Path("{id}")
  public R get(@PathParam("id") long id) {
    return service().get(id);
  }

  @RolesAllowed(Roles.ADMIN)
  @POST
  @APIResponse(responseCode = "201", description = "Created; Location names the new resource")
  public Response create(@Valid @JsonBody Q request, @Context UriInfo uriInfo) {
    R created = ConcurrentChange.retry(() -> service().create(request));
    return Created.at(uriInfo, created.id(), created);
  }

  @RolesAllowed(Roles.ADMIN)
  @PUT
  @Path("{id}")
  public R update(@PathParam("id") long id, @Valid @JsonBody Q request) {
    return ConcurrentChange.retry(() -> service().update(id, request));
  }

  @RolesAllowed(Roles.ADMIN)
  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    service().delete(id);
  }
}
