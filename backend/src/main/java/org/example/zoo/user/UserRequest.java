package org.example.zoo.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A user of the built-in login, as an administrator writes it. The password is required when the
 * user is created; on update, absent keeps the current one and a new one also lifts a lock-out.
 */
@Schema(name = "UserRequest")
public record UserRequest(
    @NotNull(message = "is required")
        @Pattern(
            regexp = "^[A-Za-z0-9._@-]{3,50}$", // anchored: JSON Schema's pattern searches
            message = "must be 3 to 50 letters, digits or . _ @ -")
        String username,
    @NotNull(message = "is required")
        @Pattern(regexp = "^(viewer|keeper|admin)$", message = "must be viewer, keeper or admin")
        String role,
    @Schema(description = "At least 12 characters. Required on create; on update absent keeps it.")
        @Size(min = 12, max = 200, message = "must be 12 to 200 characters")
        String password,
    @Schema(description = "Required on update: the version the change is based on.") Long version) {

  /** Never prints the password (records print every component by default). */
  @Override
  public String toString() {
    return "UserRequest[username=" + username + ", role=" + role + ", password=(hidden)]";
  }
}
