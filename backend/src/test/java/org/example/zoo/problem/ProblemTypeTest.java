package org.example.zoo.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The type URIs clients match on: derived from the constants' names, unchanged by that. */
class ProblemTypeTest {

  @Test
  void everyTypeUriIsTheOneTheApiDocuments() {
    assertEquals(
        List.of(
            "/problems/validation",
            "/problems/malformed-body",
            "/problems/not-found",
            "/problems/conflict",
            "/problems/stale-version",
            "/problems/capacity-exceeded",
            "/problems/in-use",
            "/problems/already-exists",
            "/problems/unauthenticated",
            "/problems/login-failed",
            "/problems/login-locked",
            "/problems/login-rate-limited",
            "/problems/login-busy",
            "/problems/payload-too-large",
            "/problems/forbidden",
            "/problems/session-header-missing",
            "/problems/database-unavailable",
            "/problems/internal"),
        Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList());
  }
}
