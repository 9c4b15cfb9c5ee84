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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.persistence.Page;
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
}
