package org.example.zoo.migration;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import org.example.zoo.problem.DatabaseUnavailableException;
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
      request.abortWith(
          Problems.response(
              new DatabaseUnavailableException(
                  "The database is not ready yet ("
                      + migrator.state().name().toLowerCase()
                      + "). The server retries by itself; try again shortly."),
              uriInfo));
    }
  }
}
