package org.example.zoo.species;

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
import org.example.zoo.web.RequiresDatabase;

@Path("species")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Species")
public class SpeciesResource {

  @Inject SpeciesService service;

  @GET
  @Operation(summary = "List species, optionally filtered by a name fragment")
  public Page<SpeciesResponse> list(
      @BeanParam PageParams paging,
      @Parameter(description = "part of the common or scientific name") @QueryParam("q") String q) {
    return service.list(q, paging.request(SpeciesRepository.SORTING));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get one species")
  public SpeciesResponse get(@PathParam("id") long id) {
    return service.get(id);
  }

  @RolesAllowed(Roles.ADMIN)
  @POST
  @APIResponse(responseCode = "201", description = "Created; Location names the new resource")
  @Operation(summary = "Create a species")
  public Response create(@Valid @JsonBody SpeciesRequest request, @Context UriInfo uriInfo) {
    SpeciesResponse created = service.create(request);
    return Created.at(uriInfo, created.id(), created);
  }

  @RolesAllowed(Roles.ADMIN)
  @PUT
  @Path("{id}")
  @Operation(summary = "Replace a species; the body's version must be the current one")
  public SpeciesResponse update(@PathParam("id") long id, @Valid @JsonBody SpeciesRequest request) {
    return service.update(id, request);
  }

  @RolesAllowed(Roles.ADMIN)
  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a species that no animal belongs to")
  public void delete(@PathParam("id") long id) {
    service.delete(id);
  }
}
