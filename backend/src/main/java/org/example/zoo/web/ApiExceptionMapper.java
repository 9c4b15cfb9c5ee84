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
    Response problem = Problems.response(e.type(), e.getMessage(), e.errors(), uriInfo);
    if (e.headers().isEmpty()) {
      return problem;
    }
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    e.headers().forEach(builder::header);
    return builder.build();
  }
}
