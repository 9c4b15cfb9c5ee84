package org.example.zoo.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** 201 Created with the new resource's Location and body. */
public final class Created {

  private Created() {}

  public static Response at(UriInfo uriInfo, long id, Object body) {
    return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(id)).build())
        .entity(body)
        .build();
  }
}
