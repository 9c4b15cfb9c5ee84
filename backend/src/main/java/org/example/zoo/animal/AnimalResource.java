package org.example.zoo.animal;

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
import org.example.zoo.persistence.ConcurrentChange;
import org.example.zoo.persistence.Page;
import org.example.zoo.user.Roles;
import org.example.zoo.web.Created;
import org.example.zoo.web.JsonBody;
import org.example.zoo.web.PageParams;
import org.example.zoo.web.QueryParams;
import org.example.zoo.web.RequiresDatabase;

@Path("animals")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Animals")
public class AnimalResource {

  @Inject AnimalService service;

  @GET
  @Operation(summary = "List animals: search by name, filter by species, enclosure and status")
  public Page<AnimalResponse> list(
      @BeanParam PageParams paging,
      @Parameter(description = "part of the name") @QueryParam("q") String q,
      @QueryParam("speciesId") String speciesId,
      @QueryParam("enclosureId") String enclosureId,
      @QueryParam("status") String status) {
    AnimalRepository.Filter filter =
        new AnimalRepository.Filter(
            q,
            QueryParams.id(speciesId, "speciesId"),
            QueryParams.id(enclosureId, "enclosureId"),
            QueryParams.enumValue(AnimalStatus.class, status, "status"));
    return service.list(filter, paging.request(AnimalRepository.SORTING));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get one animal")
  public AnimalResponse get(@PathParam("id") long id) {
    return service.get(id);
  }

  @RolesAllowed({Roles.KEEPER, Roles.ADMIN})
  @POST
  @APIResponse(responseCode = "201", description = "Created; Location names the new resource")
  @Operation(summary = "Create an animal; an ACTIVE one needs room in its enclosure")
  public Response create(@Valid @JsonBody AnimalRequest request, @Context UriInfo uriInfo) {
    AnimalResponse created = ConcurrentChange.retry(() -> service.create(request));
    return Created.at(uriInfo, created.id(), created);
  }

  @RolesAllowed({Roles.KEEPER, Roles.ADMIN})
  @PUT
  @Path("{id}")
  @Operation(summary = "Replace an animal; the body's version must be the current one")
  public AnimalResponse update(@PathParam("id") long id, @Valid @JsonBody AnimalRequest request) {
    return ConcurrentChange.retry(() -> service.update(id, request));
  }

  @RolesAllowed(Roles.ADMIN)
  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an animal without feedings on record")
  public void delete(@PathParam("id") long id) {
    service.delete(id);
  }
}
