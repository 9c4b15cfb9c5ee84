package org.example.zoo.user;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.example.zoo.web.Identified;

/** A user as administrators see it: never the password or its hash. */
@Schema(name = "User")
@JsonbPropertyOrder({"id", "username", "role", "lockedUntil", "lastLoginAt", "version"})
public record UserResponse(
    long id,
    String username,
    @Schema(enumeration = {"viewer", "keeper", "admin"}) String role,
    @Schema(nullable = true, description = "while failed logins keep the account locked")
        Instant lockedUntil,
    @Schema(nullable = true) Instant lastLoginAt,
    long version)
    implements Identified {

  static UserResponse of(UserAccount u, Instant now) {
    Instant locked =
        u.getLockedUntil() != null && u.getLockedUntil().isAfter(now) ? u.getLockedUntil() : null;
    return new UserResponse(
        u.getId(),
        u.getUsername(),
        u.getRole().groupName(),
        locked,
        u.getLastLoginAt(),
        u.getVersion());
  }
}
