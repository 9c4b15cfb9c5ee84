package org.example.zoo.keeper;

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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.persistence.Page;
import org.example.zoo.user.Caller;
import org.example.zoo.web.EntityResource;
import org.example.zoo.web.PageParams;
import org.example.zoo.web.QueryParams;
import org.example.zoo.web.RequiresDatabase;
import org.example.zoo.web.Roles;

@Path("keepers")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Keepers")
public class KeeperResource extends EntityResource<KeeperRequest, KeeperResponse> {

  @Inject KeeperService service;
  @Inject Caller caller;

  @Override
  protected KeeperService service() {
    return service;
  }

  @GET
  @Operation(
      operationId = "listKeepers",
      summary = "List keepers, optionally those assigned to one enclosure")
  public Page<KeeperResponse> list(
      @BeanParam PageParams paging,
      @Parameter(description = "part of the name or email") @QueryParam("q") String q,
      @QueryParam("enclosureId") String enclosureId) {
    return service.list(
        q, QueryParams.id(enclosureId, "enclosureId"), paging.request(KeeperRepository.SORTING));
  }

  @GET
  @Path("me")
  @Operation(
      operationId = "getOwnKeeper",
      summary =
          "The caller's own keeper record, the one they complete feedings as: 200 with it, 204 when"
              + " their user is linked to none (or the token names no user)")
  @APIResponse(
      responseCode = "200",
      description = "The keeper record linked to the caller's user",
      content = @Content(schema = @Schema(implementation = KeeperResponse.class)))
  @APIResponse(responseCode = "204", description = "The caller's user is linked to no keeper")
  public Response mine() {
    return service
        .mine(caller.userId())
        .map(keeper -> Response.ok(keeper).build())
        .orElseGet(() -> Response.noContent().build());
  }
}
