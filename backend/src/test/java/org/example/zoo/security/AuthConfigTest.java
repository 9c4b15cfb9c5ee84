package org.example.zoo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthConfigTest {

  @Test
  void theSessionLengthMustBeAboveZero() {
    AuthConfig config = new AuthConfig();
    config.sessionHours = 12;
    assertEquals(Duration.ofHours(12), config.sessionLifetime());
    for (int wrong : new int[] {0, -1}) {
      config.sessionHours = wrong;
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, config::sessionLifetime);
      assertEquals(
          "ZOO_AUTH_SESSION_HOURS (zoo.auth.session-hours) must be a whole number above 0, not "
              + wrong,
          e.getMessage());
    }
  }
}
