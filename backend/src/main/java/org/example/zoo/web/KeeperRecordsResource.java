package org.example.zoo.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * An {@link EntityResource} of what keepers record in their daily work (animals, feedings): keepers
 * create and replace them as well as administrators; deleting stays with administrators. The
 * overrides only state the roles; the HTTP method, path and parameters are inherited.
 */
public abstract class KeeperRecordsResource<Q, R extends Identified> extends EntityResource<Q, R> {

  @Override
  @RolesAllowed({Roles.KEEPER, Roles.ADMIN})
  public Response create(Q request, UriInfo uriInfo) {
    return super.create(request, uriInfo);
  }

  @Override
  @RolesAllowed({Roles.KEEPER, Roles.ADMIN})
  public R update(long id, Q request) {
    return super.update(id, request);
  }
}
