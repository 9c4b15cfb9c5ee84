package org.example.zoo.health;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Readiness and startup answered by the application itself, for load balancers and orchestrators
 * that must never route to a server without the application. Open Liberty 26.0.0.3's own {@code
 * /health/ready} and {@code /health/started} answer {@code 200 {"status":"UP","checks":[]}} while
 * the application restarts: its health feature skips an application that is stopping or not
 * installed and then has no check to report, and no setting changes that (docs/verification.md).
 * These endpoints run the same checks (the application's {@code @Readiness} and {@code @Startup}
 * beans) in the same JSON shape, and they exist only while the application does: without it the
 * server answers 404, never UP.
 */
@Path("health")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System")
@SecurityRequirements({}) // no token needed
public class ApplicationProbeResource {

  @Inject @Any Instance<HealthCheck> checks;

  /**
   * The answer's shape, as MicroProfile Health writes it (documented here; built as JSON below).
   */
  @Schema(
      name = "HealthReport",
      requiredProperties = {"status", "checks"})
  record Report(@Schema(enumeration = {"UP", "DOWN"}) String status, List<CheckResult> checks) {}

  /** One check's result; {@code data} only when the check reports some. */
  @Schema(
      name = "HealthCheckResult",
      requiredProperties = {"name", "status"})
  record CheckResult(
      String name,
      @Schema(enumeration = {"UP", "DOWN"}) String status,
      @Schema(description = "the check's own facts: strings, numbers or booleans")
          Map<String, Object> data) {}

  @GET
  @Path("ready")
  @APIResponse(
      responseCode = "200",
      description = "UP: every check is up",
      content = @Content(schema = @Schema(implementation = Report.class)))
  @APIResponse(
      responseCode = "503",
      description = "DOWN: the checks that are down say why",
      content = @Content(schema = @Schema(implementation = Report.class)))
  @Operation(
      operationId = "getApplicationReadiness",
      summary = "Readiness from the application: 200 UP, or 503 DOWN with the reasons")
  public Response ready() {
    return run(Readiness.Literal.INSTANCE);
  }

  @GET
  @Path("started")
  @APIResponse(
      responseCode = "200",
      description = "UP: every check is up",
      content = @Content(schema = @Schema(implementation = Report.class)))
  @APIResponse(
      responseCode = "503",
      description = "DOWN: the checks that are down say why",
      content = @Content(schema = @Schema(implementation = Report.class)))
  @Operation(
      operationId = "getApplicationStartup",
      summary = "Startup from the application: 200 UP, or 503 DOWN with the reasons")
  public Response started() {
    return run(Startup.Literal.INSTANCE);
  }

  private Response run(Annotation kind) {
    boolean up = true;
    JsonArrayBuilder results = Json.createArrayBuilder();
    for (HealthCheck check : checks.select(kind)) {
      JsonObject result;
      try {
        result = json(check.call());
      } catch (RuntimeException e) {
        result =
            Json.createObjectBuilder()
                .add("name", check.getClass().getSimpleName())
                .add("status", "DOWN")
                .build();
      }
      up &= "UP".equals(result.getString("status"));
      results.add(result);
    }
    JsonObject body =
        Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", results).build();
    return Response.status(up ? 200 : 503)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .entity(body.toString())
        .build();
  }

  private static JsonObject json(HealthCheckResponse response) {
    JsonObjectBuilder check =
        Json.createObjectBuilder()
            .add("name", response.getName())
            .add("status", response.getStatus().name());
    response
        .getData()
        .filter(data -> !data.isEmpty())
        .ifPresent(
            data -> {
              JsonObjectBuilder values = Json.createObjectBuilder();
              data.forEach(
                  (key, value) -> {
                    if (value instanceof Number n) {
                      values.add(key, n.longValue());
                    } else if (value instanceof Boolean b) {
                      values.add(key, b);
                    } else {
                      values.add(key, String.valueOf(value));
                    }
                  });
              check.add("data", values);
            });
    return check.build();
  }
}
