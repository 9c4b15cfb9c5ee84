package org.example.zoo.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.web.Problems;
import org.example.zoo.web.RequiresDatabase;

/** Until the schema is migrated, database-backed endpoints answer 503 instead of failing. */
@Provider
@RequiresDatabase
@Priority(Priorities.USER)
public class DatabaseReadyFilter implements ContainerRequestFilter {

  @Inject DatabaseMigrator migrator;
  @Context UriInfo uriInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    if (migrator.state() != DatabaseMigrator.State.READY) {
      Response problem =
          Problems.response(
              ProblemType.DATABASE_UNAVAILABLE,
              "The database is not ready yet ("
                  + migrator.state().name().toLowerCase()
                  + "). The server retries by itself; try again shortly.",
              List.of(),
              uriInfo);
      request.abortWith(Response.fromResponse(problem).header("Retry-After", "5").build());
    }
  }
}
