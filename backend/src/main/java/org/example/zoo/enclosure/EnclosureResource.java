package org.example.zoo.enclosure;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.persistence.Page;
import org.example.zoo.web.EntityResource;
import org.example.zoo.web.PageParams;
import org.example.zoo.web.QueryParams;
import org.example.zoo.web.RequiresDatabase;
import org.example.zoo.web.Roles;

@Path("enclosures")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@RequiresDatabase
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enclosures")
public class EnclosureResource extends EntityResource<EnclosureRequest, EnclosureResponse> {

  @Inject EnclosureService service;

  @Override
  protected EnclosureService service() {
    return service;
  }

  @GET
  @Operation(operationId = "listEnclosures", summary = "List enclosures with their occupancy")
  public Page<EnclosureResponse> list(
      @BeanParam PageParams paging, @QueryParam("habitat") String habitat) {
    return service.list(
        QueryParams.enumValue(Habitat.class, habitat, "habitat"),
        paging.request(EnclosureRepository.SORTING));
  }
}
