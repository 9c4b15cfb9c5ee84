package org.example.zoo.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * 201 Created with the new resource's Location and body. The Location is a path (a relative
 * reference, RFC 9110 §10.2.2), never built from the request's {@code Host} header, which is the
 * client's word: {@code Host: evil.example} would otherwise come back as {@code
 * http://evil.example/api/...}. It is set as a header, not with {@code Response.created}, which
 * resolves a relative URI against the base URI, that is, against the Host again.
 */
public final class Created {

  private Created() {}

  public static Response at(UriInfo uriInfo, long id, Object body) {
    String path =
        UriBuilder.fromPath(uriInfo.getAbsolutePath().getRawPath())
            .path(Long.toString(id))
            .build()
            .toString();
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.LOCATION, path)
        .entity(body)
        .build();
  }
}
