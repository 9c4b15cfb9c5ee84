package org.example.zoo.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.example.zoo.problem.ApiException;

@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ApiException e) {
    return Problems.response(e, uriInfo);
  }
}
