package org.example.zoo.animal;

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
import org.example.zoo.web.KeeperRecordsResource;
import org.example.zoo.web.PageParams;
import org.example.zoo.web.QueryParams;
import org.example.zoo.web.RequiresDatabase;
import org.example.zoo.web.Roles;

@Path("animals")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Animals")
public class AnimalResource extends KeeperRecordsResource<AnimalRequest, AnimalResponse> {

  @Inject AnimalService service;

  @Override
  protected AnimalService service() {
    return service;
  }

  @GET
  @Operation(
      operationId = "listAnimals",
      summary = "List animals: search by name, filter by species, enclosure and status")
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
}
