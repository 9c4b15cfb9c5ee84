package org.example.zoo.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The password policy (NIST SP 800-63B): long enough, not blank, not easy to guess. */
class PasswordPolicyTest {

  @Test
  void commonRepetitiveAndSequentialPasswordsAreRefused() {
    for (String weak :
        List.of(
            "aaaaaaaaaaaa",
            "passwordpassword",
            "123456789012",
            "abcabcabcabc",
            "qwertyuiopasdf",
            "Password1234",
            "p@ssw0rd1234",
            "iloveyou1234")) {
      Optional<String> weakness = PasswordPolicy.weakness(weak, "someone");
      assertTrue(weakness.isPresent(), weak + " is refused");
      assertTrue(weakness.get().startsWith("is too easy to guess"), weakness::get);
    }
  }

  @Test
  void whitespaceOnlyAndShortPasswordsSaySo() {
    assertEquals(
        Optional.of("must not be only spaces"), PasswordPolicy.weakness(" ".repeat(12), null));
    assertEquals(
        Optional.of("must not be only spaces"),
        PasswordPolicy.weakness("\t \u3000".repeat(5), null));
    assertEquals(
        Optional.of("must be 12 to 200 characters"), PasswordPolicy.weakness("short", null));
    assertEquals(
        Optional.of("must be 12 to 200 characters"),
        PasswordPolicy.weakness("x".repeat(201), null));
  }

  @Test
  void theUsersOwnNameIsNoPassword() {
    assertEquals(
        Optional.of("must not contain the user name"),
        PasswordPolicy.weakness("2024-Maria.Keller-2024", "maria.keller"));
    assertTrue(PasswordPolicy.weakness("zoo-zoo-zoo-zoo", "someone").isPresent());
  }

  @Test
  void phrasesAndRandomTextPassWithoutCompositionRules() {
    for (String good :
        List.of(
            "correct horse battery staple",
            "initial-password-1",
            "a-long-initial-password",
            "kjh43#lsd9Lm",
            "giraffes eat acacia leaves",
            "żółw-morski-śpi")) {
      assertEquals(Optional.empty(), PasswordPolicy.weakness(good, "someone"), good);
    }
  }
}
