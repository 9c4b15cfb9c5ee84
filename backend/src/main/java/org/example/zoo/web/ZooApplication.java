package org.example.zoo.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API lives under {@code /api}; the web UI is served from {@code /}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Zoo API",
            version = "1",
            description =
                "Species, enclosures, animals, keepers and feedings. Errors are RFC 9457"
                    + " application/problem+json."))
public class ZooApplication extends Application {}
