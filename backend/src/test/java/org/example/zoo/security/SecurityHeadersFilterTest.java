package org.example.zoo.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  private static String token(long exp) {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    return url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + url.encodeToString(("{\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8))
        + ".c2ln";
  }

  @Test
  void saysWhyATokenWasRefused() {
    assertTrue(SecurityHeadersFilter.unauthenticatedDetail(null).startsWith("Sign in first"));
    assertTrue(
        SecurityHeadersFilter.unauthenticatedDetail("Basic dXNlcg==").startsWith("Sign in first"));
    long past = Instant.now().minusSeconds(60).getEpochSecond();
    assertTrue(
        SecurityHeadersFilter.unauthenticatedDetail("Bearer " + token(past)).contains("expired"));
    long future = Instant.now().plusSeconds(600).getEpochSecond();
    assertTrue(
        SecurityHeadersFilter.unauthenticatedDetail("Bearer " + token(future))
            .contains("not accepted"));
    assertTrue(
        SecurityHeadersFilter.unauthenticatedDetail("Bearer garbage").contains("not accepted"));
    // an expiry beyond what java.time holds (it made this answer a 500)
    String beyond =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"exp\":100000000000000000}".getBytes());
    assertTrue(
        SecurityHeadersFilter.unauthenticatedDetail("Bearer e30." + beyond + ".c2ln")
            .contains("not accepted"));
  }
}
