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
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.config.ZooCalendar;
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
      summary =
          "List feedings: filter by animal, enclosure, keeper's round, who fed, state and days of"
              + " the zoo's calendar")
  public Page<FeedingResponse> list(
      @BeanParam PageParams paging,
      @Parameter(
              description =
                  "true: only unfed feedings scheduled at or before now (the dashboard's \"due"
                      + " now\"); false or absent: no filter")
          @QueryParam("due")
          String due,
      @Parameter(description = "only this animal's feedings") @QueryParam("animalId")
          String animalId,
      @Parameter(description = "the feedings of the animals that live in this enclosure now")
          @QueryParam("enclosureId")
          String enclosureId,
      @Parameter(
              description =
                  "the keeper's round: the feedings of the animals in the enclosures this keeper"
                      + " is assigned to (whoever fed them; see fedByKeeperId)")
          @QueryParam("keeperId")
          String keeperId,
      @Parameter(description = "only the feedings this keeper recorded as fed")
          @QueryParam("fedByKeeperId")
          String fedByKeeperId,
      @Parameter(
              description =
                  "DUE: unfed, scheduled at or after now; OVERDUE: unfed, scheduled before now;"
                      + " DONE: fed (any case)")
          @QueryParam("state")
          String state,
      @Parameter(
              description =
                  "YYYY-MM-DD: scheduled on this day of the zoo's calendar (ZOO_TIME_ZONE) or"
                      + " later")
          @QueryParam("from")
          String from,
      @Parameter(
              description =
                  "YYYY-MM-DD: scheduled on this day of the zoo's calendar or earlier (from=to:"
                      + " that one day); not before from")
          @QueryParam("to")
          String to) {
    LocalDate fromDay = QueryParams.date(from, "from");
    LocalDate toDay = QueryParams.date(to, "to");
    if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
      throw ApiException.invalid("to", "must not be before from (" + fromDay + ")");
    }
    ZoneId zone = ZooCalendar.zone();
    FeedingRepository.Filter filter =
        new FeedingRepository.Filter(
            QueryParams.id(animalId, "animalId"),
            QueryParams.id(enclosureId, "enclosureId"),
            QueryParams.id(keeperId, "keeperId"),
            QueryParams.id(fedByKeeperId, "fedByKeeperId"),
            QueryParams.enumValue(FeedingState.class, state, "state"),
            Boolean.TRUE.equals(QueryParams.bool(due, "due")),
            fromDay == null ? null : FeedingService.startOfDay(fromDay, zone),
            toDay == null ? null : FeedingService.startOfDay(toDay.plusDays(1), zone));
    return service.list(filter, paging.request(FeedingRepository.SORTING));
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
}
