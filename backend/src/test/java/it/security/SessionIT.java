package it.security;

import static it.support.Api.id;
import static it.support.Api.object;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import it.support.Http;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Browser sessions: the zoo_session cookie that the login sets, its renewal with rotation (POST
 * /api/auth/session), reuse detection and sign-out (DELETE). Cookies are handled by hand (no cookie
 * manager), so that the exact Set-Cookie headers are checked.
 */
class SessionIT {

  private static final String SESSION = "/api/auth/session";
  private static final Pattern SET =
      Pattern.compile(
          "zoo_session=([A-Za-z0-9_-]{43}); Path=/api/auth/session; Max-Age=(\\d+); HttpOnly;"
              + " SameSite=Strict(; Secure)?");
  private static final String CLEAR =
      "zoo_session=; Path=/api/auth/session; Max-Age=0; HttpOnly; SameSite=Strict";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Api admin = new Api();
  private final Fixtures fixtures = new Fixtures(admin);

  /** A sign-in's answer: the token response and the session cookie's value and Max-Age. */
  record SignedIn(HttpResponse<String> raw, JsonObject body, String cookie, long maxAge) {

    String token() {
      return body.getString("token");
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    return Http.send(
        CLIENT,
        request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build());
  }

  private static HttpResponse<String> login(
      String username, String password, String... extraHeaders) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/api/auth/login"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    object("username", username, "password", password).toString()));
    if (extraHeaders.length > 0) {
      request.headers(extraHeaders);
    }
    return send(request);
  }

  /** POST or DELETE /api/auth/session with this cookie (null: none) and X-Zoo-Session value. */
  private static HttpResponse<String> session(
      String method, String cookie, String marker, String... extraHeaders) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.BASE_URL + SESSION))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (cookie != null) {
      request.header("Cookie", "zoo_session=" + cookie);
    }
    if (marker != null) {
      request.header("X-Zoo-Session", marker);
    }
    if (extraHeaders.length > 0) {
      request.headers(extraHeaders);
    }
    return send(request);
  }

  private static HttpResponse<String> renew(String cookie) {
    return session("POST", cookie, "renew");
  }

  private static HttpResponse<String> signOut(String cookie) {
    return session("DELETE", cookie, "sign-out");
  }

  /**
   * The session cookie's Set-Cookie header of the answer, after checking that the marker for the
   * web UI goes with it: set for as long (to 1, readable by scripts, every path) or cleared with
   * it.
   */
  private static String setCookie(HttpResponse<String> response) {
    List<String> all = response.headers().allValues("Set-Cookie");
    assertEquals(2, all.size(), () -> "the cookie and its marker in " + response.headers().map());
    String cookie = all.get(0).startsWith("zoo_session=") ? all.get(0) : all.get(1);
    String marker = all.get(0).startsWith("zoo_session=") ? all.get(1) : all.get(0);
    Matcher maxAge = Pattern.compile("; Max-Age=(\\d+);").matcher(cookie);
    assertTrue(maxAge.find(), () -> "Set-Cookie: " + cookie);
    String expected =
        (maxAge.group(1).equals("0") ? "zoo_signed_in=" : "zoo_signed_in=1")
            + "; Path=/; Max-Age="
            + maxAge.group(1)
            + "; SameSite=Strict"
            + (cookie.endsWith("; Secure") ? "; Secure" : "");
    assertEquals(expected, marker, () -> "the marker of " + cookie);
    return cookie;
  }

  /** The cookie renews nothing any more: 401 unauthenticated, and the cookie is cleared. */
  private static void assertEnded(String cookie) {
    HttpResponse<String> refused = renew(cookie);
    assertProblem(reply(refused), 401, "/problems/unauthenticated");
    assertEquals(CLEAR, setCookie(refused));
  }

  private static SignedIn signedIn(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response::body);
    Api.Reply reply = new Api.Reply(response.statusCode(), response);
    String header = setCookie(response);
    Matcher matcher = SET.matcher(header);
    assertTrue(matcher.matches(), () -> "Set-Cookie: " + header);
    return new SignedIn(response, reply.json(), matcher.group(1), Long.parseLong(matcher.group(2)));
  }

  private static Api.Reply reply(HttpResponse<String> response) {
    return new Api.Reply(response.statusCode(), response);
  }

  /** A new user (so that no other test's lock-out or role change gets in the way) signed in. */
  private record User(long id, String name, String password, JsonObject created) {}

  private User user(String role) {
    String name = "session-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "session-password-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject created = fixtures.user(name, role, password);
    return new User(id(created), name, password, created);
  }

  /**
   * An administrator's update of the user, based on {@code current} (its version), with {@code
   * changes} as name, value, ...
   */
  private Api.Reply change(User user, JsonObject current, Object... changes) {
    Object[] body = new Object[changes.length + 4];
    body[0] = "username";
    body[1] = user.name();
    body[2] = "version";
    body[3] = current.getJsonNumber("version");
    System.arraycopy(changes, 0, body, 4, changes.length);
    return admin.put("/api/users/" + user.id(), object(body));
  }

  private static SignedIn signIn(User user) {
    return signedIn(login(user.name(), user.password()));
  }

  @Test
  void theLoginSetsAnHttpOnlyStrictCookieForTheSessionPathOnly() {
    User user = user("viewer");
    HttpResponse<String> response = login(user.name(), user.password());
    SignedIn plain = signedIn(response);
    String header = setCookie(response);
    assertEquals(
        "zoo_session="
            + plain.cookie()
            + "; Path=/api/auth/session; Max-Age=43200; HttpOnly; SameSite=Strict",
        header,
        "12 hours by default, and no Secure over plain HTTP");
    assertEquals(
        List.of("expiresAt", "expiresInSeconds", "role", "token", "tokenType", "username"),
        plain.body().keySet().stream().sorted().toList(),
        "the body is the token response as before");
    assertEquals("viewer", plain.body().getString("role"));
    assertTrue(
        response.headers().firstValue("Cache-Control").orElse("").startsWith("no-store"),
        () -> "not cached: " + response.headers().map());
    assertFalse(response.body().contains(plain.cookie()), "the session token is only a cookie");

    SignedIn behindTls =
        signedIn(login(user.name(), user.password(), "X-Forwarded-Proto", "https"));
    assertEquals(
        "zoo_session="
            + behindTls.cookie()
            + "; Path=/api/auth/session; Max-Age=43200; HttpOnly; SameSite=Strict; Secure",
        setCookie(behindTls.raw()),
        "Secure when a proxy says the browser talked HTTPS");
    assertNotEquals(plain.cookie(), behindTls.cookie(), "every sign-in is its own session");
  }

  @Test
  void theCookieRenewsIntoAWorkingTokenAndANewCookie() throws InterruptedException {
    User user = user("keeper");
    SignedIn first = signIn(user);
    Thread.sleep(1100); // iat has one-second resolution: the renewed token differs
    SignedIn renewed = signedIn(renew(first.cookie()));
    assertNotEquals(first.cookie(), renewed.cookie(), "the cookie is rotated");
    assertNotEquals(first.token(), renewed.token());
    assertEquals(user.name(), renewed.body().getString("username"));
    assertEquals("keeper", renewed.body().getString("role"));
    assertEquals("Bearer", renewed.body().getString("tokenType"));
    assertEquals(900, renewed.body().getInt("expiresInSeconds"));
    assertTrue(
        renewed.maxAge() <= 43200 - 1 && renewed.maxAge() > 43200 - 120,
        "the session ends 12 hours after the sign-in, not after the renewal: " + renewed.maxAge());
    assertTrue(
        renewed.raw().headers().firstValue("Cache-Control").orElse("").startsWith("no-store"),
        () -> "not cached: " + renewed.raw().headers().map());

    Api asUser = admin.withToken(renewed.token());
    assertEquals(200, asUser.get("/api/species").status(), "the renewed token is accepted");
    assertEquals(user.name(), asUser.get("/api/auth/me").json().getString("username"));

    SignedIn again = signedIn(renew(renewed.cookie()));
    assertNotEquals(renewed.cookie(), again.cookie(), "each renewal rotates again");
  }

  @Test
  void aReplacedCookieComingBackRevokesTheWholeSession() throws Exception {
    User user = user("viewer");
    SignedIn first = signIn(user);
    SignedIn second = signedIn(renew(first.cookie()));

    HttpResponse<String> reused = renew(first.cookie());
    JsonObject problem = assertProblem(reply(reused), 401, "/problems/unauthenticated");
    assertTrue(problem.getString("detail").contains("revoked"), problem::toString);
    assertEquals(CLEAR, setCookie(reused), "the browser is told to drop the cookie");

    HttpResponse<String> current = renew(second.cookie());
    assertProblem(reply(current), 401, "/problems/unauthenticated");
    assertEquals(CLEAR, setCookie(current), "the thief's and the owner's cookie are both dead");

    SignedIn other = signIn(user);
    assertEquals(200, renew(other.cookie()).statusCode(), "a new sign-in is a new session");

    String logs = serverLogs("A replaced session token was presented again (user id " + user.id());
    for (String cookie : List.of(first.cookie(), second.cookie(), other.cookie())) {
      assertFalse(logs.contains(cookie), "a session token is in the server's log");
    }
  }

  /** The server's log files, once {@code expected} shows up in them (within 10 s). */
  private static String serverLogs(String expected) throws InterruptedException, IOException {
    Path dir =
        Path.of(System.getProperty("zoo.it.wlpDir", "target/liberty/wlp"), "usr/servers/zoo/logs");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      StringBuilder all = new StringBuilder();
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          all.append(Files.readString(file, StandardCharsets.ISO_8859_1));
        }
      }
      if (all.indexOf(expected) >= 0) {
        return all.toString();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the server's log does not say: " + expected);
      }
      Thread.sleep(200);
    }
  }

  @Test
  void withoutTheSessionHeaderNothingHappens() {
    User user = user("viewer");
    SignedIn signedIn = signIn(user);
    for (String marker : new String[] {null, "", "yes", "sign-out"}) {
      HttpResponse<String> refused = session("POST", signedIn.cookie(), marker);
      JsonObject problem = assertProblem(reply(refused), 403, "/problems/session-header-missing");
      assertTrue(problem.getString("detail").contains("X-Zoo-Session"), problem::toString);
      assertTrue(refused.headers().allValues("Set-Cookie").isEmpty(), "the cookie stays");
    }
    HttpResponse<String> noSignOut = session("DELETE", signedIn.cookie(), null);
    assertProblem(reply(noSignOut), 403, "/problems/session-header-missing");
    assertTrue(noSignOut.headers().allValues("Set-Cookie").isEmpty());

    assertEquals(200, renew(signedIn.cookie()).statusCode(), "the refused calls used nothing up");
  }

  @Test
  void signOutEndsTheSessionAndIsIdempotent() {
    User user = user("viewer");
    SignedIn first = signIn(user);
    SignedIn current = signedIn(renew(first.cookie()));

    HttpResponse<String> out = signOut(current.cookie());
    assertEquals(204, out.statusCode(), out::body);
    assertEquals(CLEAR, setCookie(out));
    assertEquals("", out.body());

    HttpResponse<String> after = renew(current.cookie());
    assertProblem(reply(after), 401, "/problems/unauthenticated");
    assertEquals(CLEAR, setCookie(after));
    assertEquals(401, renew(first.cookie()).statusCode(), "the whole session is gone");

    assertEquals(204, signOut(current.cookie()).statusCode(), "again");
    assertEquals(204, signOut(null).statusCode(), "without a cookie");
    assertEquals(204, signOut("not-a-token").statusCode(), "with a garbled cookie");
    assertEquals(CLEAR, setCookie(signOut(null)));
    assertEquals(204, session("DELETE", null, "anything").statusCode(), "any X-Zoo-Session value");
  }

  @Test
  void noCookieOrAnUnknownOneIsUnauthenticated() {
    for (String cookie : new String[] {null, "", "garbage", "A".repeat(43)}) {
      assertEnded(cookie);
    }
  }

  @Test
  void aDeletedUsersSessionEnds() {
    User user = user("keeper");
    SignedIn signedIn = signIn(user);
    assertEquals(204, admin.delete("/api/users/" + user.id()).status());
    assertEnded(signedIn.cookie());
  }

  @Test
  void aNewPasswordEndsTheUsersSessions() {
    User user = user("keeper");
    SignedIn first = signIn(user);
    SignedIn second = signIn(user);
    Api.Reply changed =
        change(user, user.created(), "role", "keeper", "password", "a-new-password-2026");
    assertEquals(200, changed.status(), changed::toString);
    for (SignedIn session : new SignedIn[] {first, second}) {
      assertEnded(session.cookie());
    }
  }

  @Test
  void aChangedRoleHoldsFromTheNextSessionRenewal() {
    User user = user("viewer");
    SignedIn signedIn = signIn(user);
    assertEquals("viewer", signedIn.body().getString("role"));
    Api.Reply demoted = change(user, user.created(), "role", "admin");
    assertEquals(200, demoted.status(), demoted::toString);

    SignedIn renewed = signedIn(renew(signedIn.cookie()));
    assertEquals("admin", renewed.body().getString("role"));
    assertEquals(
        "admin", admin.withToken(renewed.token()).get("/api/auth/me").json().getString("role"));

    JsonObject now = admin.get("/api/users/" + user.id()).json();
    Api.Reply back = change(user, now, "role", "viewer");
    assertEquals(200, back.status(), back::toString);
    SignedIn demotedAgain = signedIn(renew(renewed.cookie()));
    assertEquals("viewer", demotedAgain.body().getString("role"), "a demotion holds as well");
  }

  @Test
  void aLockedAccountsSessionWaitsOutTheLock() throws InterruptedException {
    User user = user("viewer");
    SignedIn signedIn = signIn(user);
    for (int i = 0; i < 5; i++) {
      login(user.name(), "wrong-" + i);
    }
    HttpResponse<String> locked = renew(signedIn.cookie());
    assertProblem(reply(locked), 429, "/problems/login-locked");
    String retryAfter = locked.headers().firstValue("Retry-After").orElse(null);
    assertNotNull(retryAfter, "Retry-After");
    assertTrue(locked.headers().allValues("Set-Cookie").isEmpty(), "the session stays");

    Thread.sleep(Long.parseLong(retryAfter) * 1000 + 200); // the test server locks for 5 s
    SignedIn renewed = signedIn(renew(signedIn.cookie()));
    assertEquals(user.name(), renewed.body().getString("username"));
  }

  @Test
  void parallelRenewalsOfOneCookieHaveOneWinner() throws Exception {
    User user = user("viewer");
    SignedIn signedIn = signIn(user);
    int parallel = 6;
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        calls.add(() -> renew(signedIn.cookie()));
      }
      List<String> winners = new ArrayList<>();
      for (Future<HttpResponse<String>> result : pool.invokeAll(calls)) {
        HttpResponse<String> response = result.get();
        if (response.statusCode() == 200) {
          winners.add(signedIn(response).cookie());
        } else {
          assertProblem(reply(response), 401, "/problems/unauthenticated");
        }
      }
      assertEquals(1, winners.size(), "one cookie value renews once: " + winners);
    } finally {
      pool.shutdownNow();
    }
  }
}
