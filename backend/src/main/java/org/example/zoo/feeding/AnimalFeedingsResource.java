package org.example.zoo.feeding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.persistence.Page;
import org.example.zoo.web.PageParams;
import org.example.zoo.web.RequiresDatabase;
import org.example.zoo.web.Roles;

/**
 * {@code GET /api/animals/{id}/feedings}: an animal's feedings. It lives with the feedings (which
 * know their animal) so that the animal component does not depend on them.
 */
@Path("animals/{id}/feedings")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Animals")
public class AnimalFeedingsResource {

  @Inject FeedingService service;

  @GET
  @Operation(
      operationId = "listAnimalFeedings",
      summary = "The animal's feedings, newest first by default")
  public Page<FeedingResponse> feedings(@PathParam("id") long id, @BeanParam PageParams paging) {
    return service.forAnimal(id, paging.request(FeedingRepository.SORTING.descendingByDefault()));
  }
}
