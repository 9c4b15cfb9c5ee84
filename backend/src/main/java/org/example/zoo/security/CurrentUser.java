package org.example.zoo.security;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The signed-in user as the token says: name, the strongest of our roles among its groups (null
 * when it has none of them), every group, and when the token expires.
 */
@Schema(name = "CurrentUser")
public record CurrentUser(
    String username,
    @Schema(
            nullable = true,
            enumeration = {"viewer", "keeper", "admin"},
            description = "the strongest of the roles among the groups; null: none of them")
        String role,
    List<String> groups,
    Instant expiresAt) {}
