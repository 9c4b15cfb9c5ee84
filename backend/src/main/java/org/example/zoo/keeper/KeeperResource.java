package org.example.zoo.keeper;

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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.persistence.Page;
import org.example.zoo.user.Roles;
import org.example.zoo.web.Created;
import org.example.zoo.web.JsonBody;
import org.example.zoo.web.PageParams;
import org.example.zoo.web.QueryParams;
import org.example.zoo.web.RequiresDatabase;

@Path("keepers")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Keepers")
public class KeeperResource {

  @Inject KeeperService service;

  @GET
  @Operation(summary = "List keepers, optionally those assigned to one enclosure")
  public Page<KeeperResponse> list(
      @BeanParam PageParams paging,
      @Parameter(description = "part of the name or email") @QueryParam("q") String q,
      @QueryParam("enclosureId") String enclosureId) {
    return service.list(
        q, QueryParams.id(enclosureId, "enclosureId"), paging.request(KeeperRepository.SORTING));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get one keeper")
  public KeeperResponse get(@PathParam("id") long id) {
    return service.get(id);
  }

  @RolesAllowed(Roles.ADMIN)
  @POST
  @APIResponse(responseCode = "201", description = "Created; Location names the new resource")
  @Operation(summary = "Create a keeper")
  public Response create(@Valid @JsonBody KeeperRequest request, @Context UriInfo uriInfo) {
    KeeperResponse created = service.create(request);
    return Created.at(uriInfo, created.id(), created);
  }

  @RolesAllowed(Roles.ADMIN)
  @PUT
  @Path("{id}")
  @Operation(summary = "Replace a keeper; the body's version must be the current one")
  public KeeperResponse update(@PathParam("id") long id, @Valid @JsonBody KeeperRequest request) {
    return service.update(id, request);
  }

  @RolesAllowed(Roles.ADMIN)
  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a keeper who has recorded no feedings")
  public void delete(@PathParam("id") long id) {
    service.delete(id);
  }
}
