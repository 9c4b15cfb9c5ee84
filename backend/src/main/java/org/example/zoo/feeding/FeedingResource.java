package org.example.zoo.feeding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.persistence.Page;
import org.example.zoo.problem.ApiException;
import org.example.zoo.user.Caller;
import org.example.zoo.web.JsonBody;
import org.example.zoo.web.KeeperRecordsResource;
import org.example.zoo.web.PageParams;
import org.example.zoo.web.QueryParams;
import org.example.zoo.web.RequiresDatabase;
import org.example.zoo.web.Roles;

@Path("feedings")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedings")
public class FeedingResource extends KeeperRecordsResource<FeedingRequest, FeedingResponse> {

  @Inject FeedingService service;
  @Inject Caller caller;

  @Override
  protected FeedingService service() {
    return service;
  }

  @GET
  @Operation(
      operationId = "listFeedings",
      summary = "List feedings; due=true gives the unfed ones scheduled until now")
  public Page<FeedingResponse> list(
      @BeanParam PageParams paging,
      @Parameter(description = "true: only unfed feedings scheduled at or before now")
          @QueryParam("due")
          String due,
      @QueryParam("animalId") String animalId) {
    return service.list(
        QueryParams.id(animalId, "animalId"),
        parseBoolean(due),
        paging.request(FeedingRepository.SORTING));
  }

  @RolesAllowed({Roles.KEEPER, Roles.ADMIN})
  @POST
  @Path("{id}/complete")
  @Operation(
      operationId = "completeFeeding",
      summary =
          "Record that a keeper fed the animal now; a second completion is a 409. A keeper records"
              + " as their own keeper record; an administrator names the keeper.")
  public FeedingResponse complete(
      @PathParam("id") long id,
      @Valid @JsonBody CompleteFeedingRequest request,
      @Context SecurityContext security) {
    return security.isUserInRole(Roles.ADMIN)
        ? service.complete(id, request)
        : service.completeAsCaller(id, request, caller.userId());
  }

  private static boolean parseBoolean(String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw ApiException.invalid("due", "must be true or false");
  }
}
