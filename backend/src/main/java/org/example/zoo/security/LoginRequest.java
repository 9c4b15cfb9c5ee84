package org.example.zoo.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The built-in login's credentials. */
public record LoginRequest(
    @NotBlank(message = "Enter your user name.")
        @Size(max = 50, message = "A user name has at most 50 characters.")
        String username,
    @NotBlank(message = "Enter your password.")
        @Size(max = 200, message = "A password has at most 200 characters.")
        String password) {

  /** Never prints the password (records print every component by default). */
  @Override
  public String toString() {
    return "LoginRequest[username=" + username + ", password=(hidden)]";
  }
}
