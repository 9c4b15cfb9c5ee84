package org.example.zoo.species;

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

@Path("species")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Species")
public class SpeciesResource extends EntityResource<SpeciesRequest, SpeciesResponse> {

  @Inject SpeciesService service;

  @Override
  protected SpeciesService service() {
    return service;
  }

  @GET
  @Operation(
      operationId = "listSpecies",
      summary = "List species, optionally filtered by a name fragment")
  public Page<SpeciesResponse> list(
      @BeanParam PageParams paging,
      @Parameter(description = "part of the common or scientific name") @QueryParam("q") String q) {
    return service.list(q, paging.request(SpeciesRepository.SORTING));
  }
}
