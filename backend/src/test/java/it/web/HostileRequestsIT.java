package it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.RawHttp;
import it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile paths (traversal, encoded slashes and dots, NUL bytes, bad escapes, injections, overlong
 * segments) under every part of the server, with and without a token: never a 5xx or a stack trace,
 * and problem+json from everything the application gets to see. The one exception is what Liberty's
 * web container refuses before any application code runs (see {@link #refusedByTheContainer}): a
 * fixed 400 page that cannot be changed from the application.
 */
class HostileRequestsIT {

  static final List<String> PREFIXES =
      List.of(
          "/",
          "/api/",
          "/api/animals/",
          "/api/species/",
          "/api/feedings/1/",
          "/api/users/",
          "/assets/",
          "/animals/");

  static final List<String> PAYLOADS =
      List.of(
          "%00",
          "a%00b",
          "..%2f..%2fetc%2fpasswd",
          "%2e%2e/%2e%2e/etc/passwd",
          "%2e%2e",
          "..%5c..%5cwindows%5cwin.ini",
          "..\\..\\windows",
          "%",
          "%zz",
          "%u002e%u002e",
          "%c0%ae%c0%ae/etc/passwd",
          "%ff",
          "%252e%252e%252fetc",
          "....//....//etc/passwd",
          "..;/..;/etc/passwd",
          "1;jsessionid=x",
          "%0d%0aSet-Cookie:%20x=1",
          "%3Cscript%3Ealert(1)%3C/script%3E",
          "'%20OR%201=1--",
          "1%20UNION%20SELECT%20*%20FROM%20app_user",
          "${jndi:ldap://x/a}",
          "%24%7Bjndi:ldap://x/a%7D",
          "WEB-INF/web.xml",
          "META-INF/MANIFEST.MF",
          "18446744073709551617",
          "-1",
          "1.5",
          "%7e",
          "x".repeat(4000),
          "../../../../etc/passwd",
          "./././",
          "//",
          "%2f",
          "%5c",
          "%e2%80%ae");

  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  /**
   * Liberty's WebContainer answers these itself, before any filter or servlet of the application
   * (com.ibm.ws.webcontainer.WebContainer#sendBadRequestResponse, no configuration changes it): a
   * %-escape that does not decode, a control character such as NUL or CR/LF once decoded, or dot
   * segments (also encoded) that climb above the root or carry ;parameters.
   */
  static boolean refusedByTheContainer(String path) {
    if (BAD_ESCAPE.matcher(path).find()) {
      return true;
    }
    String decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return true;
    }
    int depth = 0;
    for (String segment : decoded.split("/", -1)) {
      if (segment.startsWith("..;")) {
        return true; // a dot segment with parameters
      }
      if (segment.equals("..")) {
        depth--;
        if (depth < 0) {
          return true;
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        depth++;
      }
    }
    return false;
  }

  @Test
  void everyHostilePathIsAnsweredSafely() {
    new Api(); // waits for the server
    List<String> failures = new ArrayList<>();
    int total = 0;
    int byContainer = 0;
    for (String token : new String[] {null, Tokens.valid("admin")}) {
      for (String prefix : PREFIXES) {
        for (String payload : PAYLOADS) {
          String path = prefix + payload;
          RawHttp.Answer answer = RawHttp.get(Api.BASE_URL, path, token);
          total++;
          String problem = check(answer);
          if (problem == null) {
            continue;
          }
          if (refusedByTheContainer(path) && answer.status() == 400 && safe(answer)) {
            byContainer++;
            continue;
          }
          failures.add(problem + ": " + answer);
        }
      }
    }
    assertTrue(
        failures.isEmpty(), () -> failures.size() + " of the hostile requests:\n" + failures);
    int sent = total;
    assertEquals(2 * PREFIXES.size() * PAYLOADS.size(), sent, "every path, with and without token");
    System.out.println(
        "hostile requests: " + sent + ", answered by Liberty's web container: " + byContainer);
  }

  @Test
  void theContainerRuleIsNarrow() {
    assertTrue(refusedByTheContainer("/api/animals/%00"));
    assertTrue(refusedByTheContainer("/api/animals/%zz"));
    assertTrue(refusedByTheContainer("/api/../../etc/passwd"));
    assertTrue(refusedByTheContainer("/api/..%2f..%2fetc%2fpasswd"));
    assertTrue(refusedByTheContainer("/api/..;/..;/etc"));
    assertTrue(refusedByTheContainer("/api/%0d%0aSet-Cookie:%20x=1"));
    assertFalse(refusedByTheContainer("/api/animals/..%2f..%2fetc%2fpasswd"));
    assertFalse(refusedByTheContainer("/api/animals/%2e%2e"));
    assertFalse(refusedByTheContainer("/api/animals/../species"));
  }

  /** Null when the answer is problem+json without a 5xx, else what is wrong with it. */
  private static String check(RawHttp.Answer answer) {
    if (answer.status() >= 500 || answer.status() < 200) {
      return "status " + answer.status();
    }
    if (answer.status() < 400) {
      return null; // e.g. a client route of the web UI, or a list
    }
    if (answer.contentType() == null
        || !answer.contentType().startsWith("application/problem+json")) {
      return "not problem+json";
    }
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      JsonObject problem = reader.readObject();
      if (problem.getInt("status") != answer.status()) {
        return "status member";
      }
    } catch (RuntimeException e) {
      return "body is not a problem object";
    }
    return safe(answer) ? null : "leaks internals";
  }

  private static boolean safe(RawHttp.Answer answer) {
    return !answer.body().contains("Exception") && !answer.body().contains("\tat ");
  }

  @Test
  void everyProblemKeepsItsStatus() {
    RawHttp.Answer answer = RawHttp.get(Api.BASE_URL, "/api/animals/..%2f..%2fetc%2fpasswd", null);
    assertEquals(400, answer.status(), answer::toString);
    assertEquals(null, check(answer), answer::toString);
  }
}
