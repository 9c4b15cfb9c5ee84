package org.example.zoo.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.example.zoo.problem.Problem;

/**
 * Documents the problem+json error responses on every operation, from the same rules the mappers
 * follow, instead of repeating a dozen annotations on each method.
 */
public class OpenApiProblemFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Components components = openAPI.getComponents();
    components.addSchema(
        "FieldError",
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
            .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    components.addSchema(
        "Problem",
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .description("RFC 9457 problem detail (application/problem+json)")
            .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
            .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
            .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
            .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
            .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
            .addProperty(
                "errors",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.ARRAY)
                    .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      openAPI.getPaths().getPathItems().forEach(OpenApiProblemFilter::addProblems);
    }
  }

  /** Adds the error responses after the paths are known (the path decides 404 and 503). */
  private static void addProblems(String path, PathItem item) {
    boolean system = path.endsWith("/message") || path.endsWith("/info");
    for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
      PathItem.HttpMethod method = entry.getKey();
      APIResponses responses = entry.getValue().getResponses();
      if (system) {
        continue;
      }
      boolean auth = path.contains("/auth/");
      boolean write = method != PathItem.HttpMethod.GET && !auth;
      boolean session = path.endsWith("/auth/session");
      boolean body =
          (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) && !session;
      boolean list = method == PathItem.HttpMethod.GET && !path.contains("{id}");
      if (body || list) {
        add(responses, "400", "Invalid input: per-field errors in 'errors'");
      }
      if (path.endsWith("/auth/login")) {
        add(responses, "401", "Wrong user name or password");
        add(responses, "429", "Locked after repeated failures; Retry-After says for how long");
      } else if (session) {
        add(responses, "403", "The X-Zoo-Session header is missing");
        if (method == PathItem.HttpMethod.POST) {
          add(responses, "401", "No session cookie, or an unknown, expired or revoked session");
          add(responses, "429", "The account is locked; Retry-After says for how long");
        }
      } else {
        add(responses, "401", "No bearer token, or an expired or rejected one");
        if (!auth) {
          add(responses, "403", "The token's role may not do this");
        }
      }
      if (path.contains("{id}")) {
        add(responses, "404", "No resource with this id");
      }
      if (write) {
        add(responses, "409", "Conflict: stale version, full enclosure, in use, or duplicate");
      }
      if (body) {
        add(responses, "415", "The body is not application/json");
      }
      add(responses, "503", "The database is not available; retry later");
    }
  }

  private static void add(APIResponses responses, String code, String description) {
    if (responses == null || responses.hasAPIResponse(code)) {
      return;
    }
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    responses.addAPIResponse(code, response);
  }
}
