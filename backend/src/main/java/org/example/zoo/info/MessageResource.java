package org.example.zoo.info;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A greeting from configuration: the quickest way to see an edit or a setting take effect. */
@Path("message")
@RequestScoped
@PermitAll
@Tag(name = "System")
@SecurityRequirements({}) // no token needed
public class MessageResource {

  @Inject
  @ConfigProperty(name = "zoo.message", defaultValue = "Hello from backend!")
  String message;

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(operationId = "getMessage", summary = "The configured greeting (zoo.message)")
  public String message() {
    return message;
  }
}
