package org.example.zoo.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.example.zoo.problem.Problem;

/**
 * Makes the OpenAPI document (served at {@code /openapi}) state what the server really answers, by
 * rules rather than per-field or per-method patches. The annotations give what only the code knows
 * (operation ids, summaries, which properties can be {@code null}, which operations need no token);
 * this filter adds what follows from them for every operation and schema alike:
 *
 * <ul>
 *   <li><b>Problem responses</b>: the RFC 9457 {@code application/problem+json} answers each
 *       operation can give, from the same rules the mappers and filters follow (a body can be
 *       refused as invalid, too large or not JSON; an {@code {id}} can be unknown; a secured
 *       operation can be refused a token or a role; a write can conflict; the database can be
 *       away), a 406 for an Accept header that allows none of its media types, and a 500 with an
 *       incident id, for every operation.
 *   <li><b>Required properties</b>: every property of a schema that a successful answer carries is
 *       required, because the server writes every property, {@code null} when there is none (see
 *       {@link JsonbProvider}); a schema that lists its required properties itself keeps its list.
 *   <li><b>Optional request properties</b> may be {@code null} as well as absent: the server reads
 *       both as "none" (a record component left {@code null}).
 *   <li><b>201 Created</b> carries what {@code GET {id}} returns, and a {@code Location} header.
 *   <li><b>Repairs</b> of what the scanner writes that JSON Schema reads otherwise: no {@code type}
 *       beside a {@code $ref} (it writes {@code type: object} next to an enum's reference on a
 *       {@code String} field, which no string matches) or beside an {@code anyOf} with {@code
 *       null}; {@code null} among an {@code enum}'s values where the property can be {@code null};
 *       no {@code pattern} on a number (see {@link #repair}).
 *   <li><b>Servers</b>: relative ({@code /}); clients resolve paths against where they read the
 *       document, so the document is the same on every host (and the committed copy, {@code
 *       docs/openapi.json}, equals the served one).
 * </ul>
 *
 * <p>{@code it.support.Contract} validates every answer of the integration tests against the served
 * document, so a rule here that does not hold fails a test.
 */
public class OpenApiContractFilter implements OASFilter {

  static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final String SCHEMAS = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Components components = openAPI.getComponents();
    components.addSchema("FieldError", fieldError());
    components.addSchema("Problem", problem());
    openAPI.setServers(null);
    List<SecurityRequirement> rootSecurity = openAPI.getSecurity();
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      Map<String, PathItem> items = openAPI.getPaths().getPathItems();
      items.forEach(
          (path, item) ->
              item.getOperations()
                  .forEach(
                      (method, operation) -> {
                        Access access = Access.of(operation, rootSecurity);
                        addProblems(path, method, operation, access);
                        describeCreated(items, path, method, operation);
                      }));
    }
    if (components.getSchemas() != null) {
      components.getSchemas().values().forEach(OpenApiContractFilter::repair);
      requireEveryProperty(openAPI, components.getSchemas());
      allowNullForOptional(openAPI, components.getSchemas());
    }
  }

  /** Who may call an operation: anyone, anyone with or without a token, or token holders only. */
  enum Access {
    PUBLIC,
    TOKEN_OPTIONAL,
    TOKEN;

    static Access of(Operation operation, List<SecurityRequirement> root) {
      List<SecurityRequirement> security =
          operation.getSecurity() != null ? operation.getSecurity() : root;
      if (security == null || security.isEmpty()) {
        return PUBLIC;
      }
      boolean anonymous =
          security.stream().anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
      return anonymous ? TOKEN_OPTIONAL : TOKEN;
    }
  }

  private static Schema fieldError() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("One invalid field or query parameter of the request, and what is wrong")
        .addProperty(
            "field",
            string()
                .description(
                    "the field's name as sent (a.b[2] for nested ones), or the query parameter's"))
        .addProperty("message", string())
        .required(List.of("field", "message"));
  }

  private static Schema problem() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem detail (application/problem+json)")
        .addProperty(
            "type",
            string()
                .description(
                    "which kind of problem: /problems/<kind> (docs/api.md lists them), or"
                        + " about:blank where the status says it all (405, 406)"))
        .addProperty("title", string())
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", string())
        .addProperty("instance", string())
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .description("validation problems only: every invalid field")
                .items(OASFactory.createSchema().ref(SCHEMAS + "FieldError")))
        .addProperty(
            "state",
            string()
                .description(
                    "/problems/not-current only (dev mode): the build state, as /api/info's"
                        + " dev.state"))
        .required(List.of("type", "title", "status"));
  }

  private static Schema string() {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
  }

  /** Adds the problem+json responses an operation can give (the path decides 404). */
  private static void addProblems(
      String path, PathItem.HttpMethod method, Operation operation, Access access) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      return;
    }
    boolean system =
        path.endsWith("/message") || path.endsWith("/info") || path.contains("/health/");
    boolean auth = path.contains("/auth/");
    boolean session = path.endsWith("/auth/session");
    boolean body = operation.getRequestBody() != null;
    boolean write = method != PathItem.HttpMethod.GET && !auth;
    boolean parameters =
        operation.getParameters() != null
            && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() != Parameter.In.PATH && p.getIn() != Parameter.In.HEADER);
    add(
        responses,
        "400",
        body || parameters
            ? "Invalid input (every invalid field or parameter in 'errors'), or a malformed request"
                + " (Host header, percent escapes in the path)"
            : "A malformed request (Host header, percent escapes in the path)");
    if (path.endsWith("/auth/login")) {
      add(responses, "401", "Wrong user name or password");
      add(
          responses,
          "429",
          "Locked after repeated failures, or too many sign-ins from your address; Retry-After says for how long");
      add(
          responses,
          "503",
          "Too many sign-ins at once (Retry-After: 1), or the database is not available");
    } else if (session) {
      add(responses, "403", "The X-Zoo-Session header is missing");
      if (method == PathItem.HttpMethod.POST) {
        add(responses, "401", "No session cookie, or an unknown, expired or revoked session");
        add(responses, "429", "The account is locked; Retry-After says for how long");
      }
    } else if (access == Access.TOKEN) {
      // (An optional token that is not valid is ignored: the caller gets the anonymous answer.)
      add(responses, "401", "No bearer token, or an expired, ended or rejected one");
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
      add(responses, "413", "The body is larger than the server takes (ZOO_HTTP_MAX_BODY_BYTES)");
      add(responses, "415", "The body is not application/json");
    }
    add(
        responses,
        "503",
        system
            ? "Dev mode only: the server does not run the saved code (/problems/not-current)"
            : "The database is not available; retry later (in dev mode also: the server does not"
                + " run the saved code, /problems/not-current)");
    add(
        responses,
        "406",
        "The Accept header allows none of the media types this operation answers with");
    add(
        responses,
        "500",
        "An unexpected failure; 'detail' names the incident id in the server log");
  }

  private static void add(APIResponses responses, String code, String description) {
    if (responses.hasAPIResponse(code)) {
      return;
    }
    responses.addAPIResponse(
        code,
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
  }

  /** A 201 without content carries what GET {id} of the same collection returns. */
  private static void describeCreated(
      Map<String, PathItem> items, String path, PathItem.HttpMethod method, Operation operation) {
    APIResponses responses = operation.getResponses();
    if (method != PathItem.HttpMethod.POST
        || responses == null
        || !responses.hasAPIResponse("201")) {
      return;
    }
    APIResponse created = responses.getAPIResponse("201");
    PathItem one = items.get(path + "/{id}");
    if (created.getContent() == null && one != null && one.getGET() != null) {
      APIResponse ok = one.getGET().getResponses().getAPIResponse("200");
      if (ok != null && ok.getContent() != null) {
        Content content = OASFactory.createContent();
        ok.getContent()
            .getMediaTypes()
            .forEach(
                (type, media) ->
                    content.addMediaType(
                        type, OASFactory.createMediaType().schema(media.getSchema())));
        created.content(content);
      }
    }
    if (created.getHeaders() == null || !created.getHeaders().containsKey("Location")) {
      created.addHeader(
          "Location",
          OASFactory.createHeader()
              .description("the new resource's path, e.g. /api/animals/42")
              .schema(string()));
    }
  }

  /**
   * The extension that marks a {@code @Schema(ref = …)} as also {@code null}: {@code extensions
   * = @Extension(name = NULLABLE, value = "true")}; removed from the document.
   */
  public static final String NULLABLE = "x-zoo-nullable";

  /**
   * Repairs what the scanner writes that JSON Schema reads otherwise than the code means: a {@code
   * $ref} declared nullable (the scanner drops {@code nullable = true} beside {@code ref}: say it
   * with the extension {@value #NULLABLE}; it becomes the reference or {@code null}), a {@code
   * type} beside a {@code $ref} or beside an {@code anyOf} that allows {@code null} (the reference
   * or the alternatives mean the type; a {@code type: object} there refuses the {@code null} the
   * property is declared to take); an {@code enum} of a property that can be {@code null} without
   * {@code null} among its values; a {@code pattern} on a value that is no string (it applies to
   * strings only, so it said nothing).
   */
  private static void repair(Schema schema) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null
        && ((schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL))
            || schema.getExtensions() != null
                && "true".equals(String.valueOf(schema.getExtensions().get(NULLABLE))))) {
      // a reference declared nullable: the component or null
      String ref = schema.getRef();
      schema.setRef(null);
      schema.setType(null);
      schema.removeExtension(NULLABLE);
      schema.setAnyOf(
          List.of(
              OASFactory.createSchema().ref(ref),
              OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
    }
    if (schema.getType() != null
        && (schema.getRef() != null
            || (schema.getAnyOf() != null && allowsNull(schema.getAnyOf())))) {
      schema.setType(null);
    }
    if (schema.getEnumeration() != null
        && schema.getType() != null
        && schema.getType().contains(Schema.SchemaType.NULL)
        && !schema.getEnumeration().contains(null)) {
      List<Object> values = new ArrayList<>(schema.getEnumeration());
      values.add(null);
      schema.setEnumeration(values);
    }
    if (schema.getPattern() != null
        && schema.getType() != null
        && !schema.getType().contains(Schema.SchemaType.STRING)) {
      schema.setPattern(null);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(OpenApiContractFilter::repair);
    }
    repair(schema.getItems());
    for (List<Schema> list :
        java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
      if (list != null) {
        list.forEach(OpenApiContractFilter::repair);
      }
    }
  }

  private static boolean allowsNull(List<Schema> alternatives) {
    return alternatives.stream()
        .anyMatch(a -> a.getType() != null && a.getType().contains(Schema.SchemaType.NULL));
  }

  /**
   * Every property of a schema that a successful answer carries (directly or nested) is required,
   * unless the schema lists its required properties itself.
   */
  private static void requireEveryProperty(OpenAPI openAPI, Map<String, Schema> schemas) {
    Set<String> answered =
        reached(
            openAPI,
            schemas,
            operation ->
                operation.getResponses() == null
                    ? Stream.empty()
                    : operation.getResponses().getAPIResponses().entrySet().stream()
                        .filter(response -> response.getKey().startsWith("2"))
                        .map(response -> response.getValue().getContent()));
    for (String name : answered) {
      Schema schema = schemas.get(name);
      if (schema.getProperties() != null
          && !schema.getProperties().isEmpty()
          && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
        schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
      }
    }
  }

  /** In a request body, a property that is not required may be sent as {@code null}. */
  private static void allowNullForOptional(OpenAPI openAPI, Map<String, Schema> schemas) {
    Set<String> sent =
        reached(
            openAPI,
            schemas,
            operation ->
                operation.getRequestBody() == null
                    ? Stream.empty()
                    : Stream.of(operation.getRequestBody().getContent()));
    for (String name : sent) {
      Schema schema = schemas.get(name);
      if (schema.getProperties() == null) {
        continue;
      }
      List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
      schema
          .getProperties()
          .forEach(
              (property, value) -> {
                if (!required.contains(property)) {
                  schema.addProperty(property, nullable(value));
                }
              });
    }
  }

  private static Schema nullable(Schema schema) {
    if (schema.getRef() != null) {
      return OASFactory.createSchema()
          .description(schema.getDescription())
          .anyOf(
              List.of(
                  OASFactory.createSchema().ref(schema.getRef()),
                  OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
    }
    if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
      schema.addType(Schema.SchemaType.NULL);
    }
    return schema;
  }

  /** The component schemas (by name) that the given contents of any operation use, nested too. */
  private static Set<String> reached(
      OpenAPI openAPI, Map<String, Schema> schemas, Function<Operation, Stream<Content>> contents) {
    Set<String> names = new LinkedHashSet<>();
    openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .flatMap(contents)
        .filter(Objects::nonNull)
        .flatMap(content -> content.getMediaTypes().values().stream())
        .forEach(media -> collect(media.getSchema(), schemas, names));
    return names;
  }

  private static void collect(Schema schema, Map<String, Schema> schemas, Set<String> names) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
      String name = schema.getRef().substring(SCHEMAS.length());
      if (schemas.containsKey(name) && names.add(name)) {
        collect(schemas.get(name), schemas, names);
      }
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> collect(p, schemas, names));
    }
    collect(schema.getItems(), schemas, names);
    for (List<Schema> list : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
      if (list != null) {
        list.forEach(s -> collect(s, schemas, names));
      }
    }
  }
}
