package org.example.zoo.security;

import java.time.Instant;

/** A bearer token for the Authorization header, and who it is for. */
public record TokenResponse(
    String token,
    String tokenType,
    Instant expiresAt,
    long expiresInSeconds,
    String username,
    String role) {

  @Override
  public String toString() {
    return "TokenResponse[" + username + ", " + role + ", expires " + expiresAt + "]";
  }
}
