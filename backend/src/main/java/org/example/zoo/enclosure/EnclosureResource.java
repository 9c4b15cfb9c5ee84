package org.example.zoo.enclosure;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.persistence.Page;
import org.example.zoo.user.Roles;
import org.example.zoo.web.Created;
import org.example.zoo.web.JsonBody;
import org.example.zoo.web.PageParams;
import org.example.zoo.web.QueryParams;
import org.example.zoo.web.RequiresDatabase;

@Path("enclosures")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enclosures")
public class EnclosureResource {

  @Inject EnclosureService service;

  @GET
  @Operation(summary = "List enclosures with their occupancy")
  public Page<EnclosureResponse> list(
      @BeanParam PageParams paging, @QueryParam("habitat") String habitat) {
    return service.list(
        QueryParams.enumValue(Habitat.class, habitat, "habitat"),
        paging.request(EnclosureRepository.SORTING));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get one enclosure")
  public EnclosureResponse get(@PathParam("id") long id) {
    return service.get(id);
  }

  @RolesAllowed(Roles.ADMIN)
  @POST
  @APIResponse(responseCode = "201", description = "Created; Location names the new resource")
  @Operation(summary = "Create an enclosure")
  public Response create(@Valid @JsonBody EnclosureRequest request, @Context UriInfo uriInfo) {
    EnclosureResponse created = service.create(request);
    return Created.at(uriInfo, created.id(), created);
  }

  @RolesAllowed(Roles.ADMIN)
  @PUT
  @Path("{id}")
  @Operation(summary = "Replace an enclosure; capacity cannot drop below its occupancy")
  public EnclosureResponse update(
      @PathParam("id") long id, @Valid @JsonBody EnclosureRequest request) {
    return service.update(id, request);
  }

  @RolesAllowed(Roles.ADMIN)
  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an enclosure without active animals")
  public void delete(@PathParam("id") long id) {
    service.delete(id);
  }
}
