package org.example.zoo.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.problem.ApiException;
import org.example.zoo.problem.ProblemType;
import org.example.zoo.user.Caller;
import org.example.zoo.user.Role;
import org.example.zoo.web.JsonBody;
import org.example.zoo.web.Problems;
import org.example.zoo.web.RequiresDatabase;
import org.example.zoo.web.Roles;

@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class AuthResource {

  /**
   * The header that session requests must carry (CSRF defence besides SameSite=Strict): a
   * cross-site form cannot send it, and a cross-origin script needs a CORS preflight for it, which
   * this server never grants.
   */
  static final String SESSION_HEADER = "X-Zoo-Session";

  @Inject AuthService service;
  @Context SecurityContext security;
  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;

  @POST
  @Path("login")
  @PermitAll
  @SecurityRequirements({})
  @RequiresDatabase
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "login",
      summary = "Exchange a user name and password for a short-lived bearer token",
      description =
          "Built-in login (off when ZOO_AUTH_LOGIN=false). After zoo.auth.max-failures wrong"
              + " passwords in a row the account is locked for a while: 429 with Retry-After."
              + " Also starts a browser session: Set-Cookie zoo_session (HttpOnly, SameSite=Strict,"
              + " Path=/api/auth/session), renewed with POST /api/auth/session, and its marker"
              + " zoo_signed_in=1 (Path=/, readable by scripts, no secret: the web UI resumes a"
              + " session only when it is there).")
  @APIResponse(
      responseCode = "200",
      description = "The token; Set-Cookie: zoo_session and zoo_signed_in",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  public Response login(@Valid @JsonBody LoginRequest credentials) {
    return signedIn(service.login(credentials, request.getRemoteAddr()));
  }

  @POST
  @Path("session")
  @PermitAll
  @SecurityRequirements({})
  @RequiresDatabase
  @Operation(
      operationId = "renewSession",
      summary = "Renew the browser session: a fresh token for the zoo_session cookie",
      description =
          "Needs the header X-Zoo-Session: renew (else 403) and no bearer token. Answers a fresh"
              + " token with the role the users table holds now, and replaces the cookie (each"
              + " cookie value works once) and the marker zoo_signed_in. 401 and cleared cookies"
              + " (zoo_session and zoo_signed_in) when the session is unknown,"
              + " expired, signed out, or revoked because a replaced cookie came back; 401 without"
              + " Set-Cookie when another request renewed the same cookie at the same moment"
              + " (retry); 429 while the account is locked.")
  @APIResponse(
      responseCode = "200",
      description = "The token; Set-Cookie: zoo_session with the next value, zoo_signed_in",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  public Response renewSession(
      @HeaderParam(SESSION_HEADER) String marker,
      @CookieParam(SessionCookie.NAME) String sessionToken) {
    if (marker == null || !"renew".equals(marker.strip())) {
      throw missingHeader("renew");
    }
    try {
      return signedIn(service.renewSession(sessionToken));
    } catch (SessionEnded e) {
      if (!e.clearCookie()) {
        throw e;
      }
      return cleared(Response.fromResponse(Problems.response(e, uriInfo)));
    }
  }

  @DELETE
  @Path("session")
  @PermitAll
  @SecurityRequirements({})
  @RequiresDatabase
  @Operation(
      operationId = "endSession",
      summary = "Sign out: end the browser session of the zoo_session cookie",
      description =
          "Needs the header X-Zoo-Session with any value (the web UI sends sign-out; else 403)."
              + " Revokes the session on the server and clears the cookie and its marker: 204, also when there"
              + " was no cookie or no such session.")
  @APIResponse(
      responseCode = "204",
      description = "Signed out; Set-Cookie clears zoo_session and zoo_signed_in")
  public Response signOut(
      @HeaderParam(SESSION_HEADER) String marker,
      @CookieParam(SessionCookie.NAME) String sessionToken) {
    if (marker == null || marker.isBlank()) {
      throw missingHeader("sign-out");
    }
    service.signOut(sessionToken);
    return cleared(Response.noContent());
  }

  @POST
  @Path("renew")
  @RequiresDatabase
  @RolesAllowed({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
  @Operation(
      operationId = "renewToken",
      summary = "Exchange a valid token for a fresh one, before it expires")
  public TokenResponse renew() {
    JsonWebToken jwt = token();
    return service.renew(Caller.number(jwt, Caller.USER_ID), jwt.getName());
  }

  @GET
  @Path("me")
  @PermitAll
  @Operation(
      operationId = "getCurrentUser",
      summary = "Who the bearer token says you are, your role, and when the token expires")
  public CurrentUser me() {
    JsonWebToken jwt = token();
    Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    Role strongest = null;
    for (String group : groups) {
      Role role = Role.ofGroup(group);
      if (role != null && (strongest == null || role.compareTo(strongest) > 0)) {
        strongest = role;
      }
    }
    return new CurrentUser(
        jwt.getName(),
        strongest == null ? null : strongest.groupName(),
        List.copyOf(new java.util.TreeSet<>(groups)),
        Instant.ofEpochSecond(jwt.getExpirationTime()));
  }

  private Response signedIn(AuthService.SignedIn signedIn) {
    boolean secure = secure();
    return Response.ok(signedIn.token(), MediaType.APPLICATION_JSON_TYPE)
        .header(
            "Set-Cookie",
            SessionCookie.set(signedIn.sessionToken(), signedIn.sessionLifetime(), secure))
        .header("Set-Cookie", SessionCookie.marker(signedIn.sessionLifetime(), secure))
        .build();
  }

  /** The answer, telling the browser to drop the session cookie and its marker. */
  private Response cleared(Response.ResponseBuilder answer) {
    boolean secure = secure();
    return answer
        .header("Set-Cookie", SessionCookie.clear(secure))
        .header("Set-Cookie", SessionCookie.clearMarker(secure))
        .build();
  }

  private boolean secure() {
    return SessionCookie.secure(request.isSecure(), request.getHeader("X-Forwarded-Proto"));
  }

  private static ApiException missingHeader(String value) {
    return new ApiException(
        ProblemType.SESSION_HEADER_MISSING,
        "Session requests need the header "
            + SESSION_HEADER
            + ": "
            + value
            + " (a defence against cross-site requests).");
  }

  /**
   * The caller's token. Taken from the security context rather than injected: injecting {@code
   * JsonWebToken} into a resource that also serves anonymous calls (login) logs an error for each.
   */
  private JsonWebToken token() {
    if (security.getUserPrincipal() instanceof JsonWebToken jwt) {
      return jwt;
    }
    throw new ApiException(ProblemType.UNAUTHENTICATED, "Sign in first: no bearer token.");
  }
}
