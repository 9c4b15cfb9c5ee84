package org.example.zoo;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.zoo.web.Roles;

/**
 * The JSON API lives under {@code /api}; the web UI is served from {@code /}. Callers authenticate
 * with a MicroProfile JWT bearer token (from POST /api/auth/login or an identity provider).
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "zoo")
@DeclareRoles({Roles.VIEWER, Roles.KEEPER, Roles.ADMIN})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Zoo API",
            version = "1",
            description =
                "Species, enclosures, animals, keepers and feedings. Errors are RFC 9457"
                    + " application/problem+json. Reading needs the role viewer, keeper or"
                    + " admin; writes name the role they need."),
    security = @SecurityRequirement(name = "bearer"),
    tags = {
      @Tag(name = "Animals", description = "The animals, where they live and their status"),
      @Tag(name = "Authentication", description = "Sign in, renew and end sessions; who you are"),
      @Tag(name = "Enclosures", description = "Enclosures, their habitat, capacity and occupancy"),
      @Tag(name = "Feedings", description = "Scheduled feedings and who completed them"),
      @Tag(name = "Keepers", description = "Keepers, their enclosures and their sign-in user"),
      @Tag(name = "Species", description = "The species catalogue: conservation status and diet"),
      @Tag(name = "System", description = "Build facts, health for load balancers, the greeting"),
      @Tag(name = "Users", description = "Sign-in users and their roles (administrators only)")
    })
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class ZooApplication extends Application {}
