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
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class ZooApplication extends Application {}
