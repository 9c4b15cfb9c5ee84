package org.example.zoo.security;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in user as the token says: name, the strongest of our roles among its groups (null
 * when it has none of them), every group, and when the token expires.
 */
public record CurrentUser(String username, String role, List<String> groups, Instant expiresAt) {}
