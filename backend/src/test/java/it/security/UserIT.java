package it.security;

import static it.support.Api.object;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Administrators manage the users of the built-in login; who may do so: AccessControlIT. */
class UserIT {

  private final Api admin = new Api();
  private final Fixtures fixtures = new Fixtures(admin);

  private static String name() {
    return "user-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private JsonObject create(String username, String role, String password) {
    return fixtures.user(username, role, password);
  }

  @Test
  void aCreatedUserSignsInWithTheirRoleAndNoPasswordIsEverShown() {
    String username = name();
    JsonObject created = create(username, "keeper", "a-long-initial-password");
    assertEquals(username, created.getString("username"));
    assertEquals("keeper", created.getString("role"));
    assertFalse(created.containsKey("password"), created::toString);
    assertFalse(created.containsKey("passwordHash"), created::toString);

    Api asUser = admin.anonymous().login(username, "a-long-initial-password");
    assertEquals("keeper", asUser.get("/api/auth/me").json().getString("role"));
    String list = admin.get("/api/users?size=100&q=" + username).text();
    assertTrue(list.contains(username), list);
    assertFalse(list.contains("PBKDF2"), "no hash in the list: " + list);
    assertFalse(list.contains("a-long-initial-password"), list);
  }

  @Test
  void invalidUsersAreFieldErrors() {
    Api.Reply reply =
        admin.post("/api/users", object("username", "x y", "role", "boss", "password", "short"));
    assertProblem(reply, 400, "/problems/validation");
    assertEquals(
        Map.of(
            "username", "must be 3 to 50 letters, digits or . _ @ -",
            "role", "must be viewer, keeper or admin",
            "password", "must be 12 to 200 characters"),
        Api.fieldErrors(reply));
    Map<String, String> missing =
        Api.fieldErrors(admin.post("/api/users", object("username", name(), "role", "viewer")));
    assertEquals(Map.of("password", "is required"), missing, "a new user needs a password");
  }

  @Test
  void weakPasswordsAreRefusedOnCreateAndOnChangeNamingThePassword() {
    for (String weak : new String[] {"aaaaaaaaaaaa", "passwordpassword", "123456789012"}) {
      Api.Reply reply =
          admin.post("/api/users", object("username", name(), "role", "viewer", "password", weak));
      assertProblem(reply, 400, "/problems/validation");
      String message = Api.fieldErrors(reply).get("password");
      assertTrue(
          message != null && message.startsWith("is too easy to guess"), weak + ": " + reply);
    }
    String username = name();
    Api.Reply spaces =
        admin.post(
            "/api/users",
            object("username", username, "role", "viewer", "password", " ".repeat(12)));
    assertEquals(
        Map.of("password", "must not be only spaces"),
        Api.fieldErrors(spaces),
        "12 spaces would be refused at every login");
    assertEquals(0, admin.get("/api/users?q=" + username).json().getInt("totalItems"));

    JsonObject user = create(username, "viewer", "a-long-initial-password");
    Api.Reply change =
        admin.put(
            "/api/users/" + user.getInt("id"),
            object(
                "username",
                username,
                "role",
                "viewer",
                "password",
                username + "-" + username,
                "version",
                user.getJsonNumber("version")));
    assertProblem(change, 400, "/problems/validation");
    assertEquals(Map.of("password", "must not contain the user name"), Api.fieldErrors(change));
    admin.anonymous().login(username, "a-long-initial-password");
  }

  @Test
  void userNamesAreUnique() {
    String username = name();
    create(username, "viewer", "first-password-123");
    JsonObject problem =
        assertProblem(
            admin.post(
                "/api/users",
                object("username", username, "role", "admin", "password", "second-password-123")),
            409,
            "/problems/already-exists");
    assertTrue(problem.toString().contains("username"), problem::toString);
  }

  @Test
  void anAdministratorsNewPasswordLiftsALockOut() throws Exception {
    String username = name();
    JsonObject user = create(username, "viewer", "the-first-password");
    Api anonymous = admin.anonymous();
    for (int i = 0; i < 5; i++) {
      anonymous.post("/api/auth/login", object("username", username, "password", "wrong-" + i));
    }
    Api.Reply locked =
        anonymous.post(
            "/api/auth/login", object("username", username, "password", "the-first-password"));
    assertProblem(locked, 429, "/problems/login-locked");
    JsonObject shown = admin.get("/api/users/" + user.getInt("id")).json();
    assertFalse(shown.isNull("lockedUntil"), "the list shows the lock: " + shown);

    Api.Reply reset =
        admin.put(
            "/api/users/" + user.getInt("id"),
            object(
                "username",
                username,
                "role",
                "viewer",
                "password",
                "a-brand-new-password",
                "version",
                shown.getJsonNumber("version")));
    assertEquals(200, reset.status(), reset::toString);
    assertTrue(reset.json().isNull("lockedUntil"), reset::toString);
    anonymous.login(username, "a-brand-new-password");
    assertProblem(
        anonymous.post(
            "/api/auth/login", object("username", username, "password", "the-first-password")),
        401,
        "/problems/login-failed");
  }

  @Test
  void aChangedRoleEndsTheTokenAndTheNextSignInHasIt() {
    String username = name();
    JsonObject user = create(username, "viewer", "viewer-for-now-123");
    Api asUser = admin.anonymous().login(username, "viewer-for-now-123");
    Api.Reply promoted =
        admin.put(
            "/api/users/" + user.getInt("id"),
            object(
                "username", username, "role", "keeper", "version", user.getJsonNumber("version")));
    assertEquals(
        200, promoted.status(), () -> "signing in does not make the edit stale: " + promoted);
    // the token names the old role: it ends (RevocationIT), also for renewing itself
    assertProblem(asUser.post("/api/auth/renew", object()), 401, "/problems/unauthenticated");
    Api.Reply again =
        admin
            .anonymous()
            .post(
                "/api/auth/login", object("username", username, "password", "viewer-for-now-123"));
    assertEquals(200, again.status(), again::toString);
    assertEquals("keeper", again.json().getString("role"));
  }

  @Test
  void nobodyDeletesTheirOwnAccountButAnotherAdminCan() {
    String username = name();
    JsonObject user = create(username, "admin", "an-admin-password-1");
    Api asUser = admin.anonymous().login(username, "an-admin-password-1");
    assertProblem(asUser.delete("/api/users/" + user.getInt("id")), 409, "/problems/conflict");
    assertEquals(204, admin.delete("/api/users/" + user.getInt("id")).status());
    assertProblem(admin.get("/api/users/" + user.getInt("id")), 404, "/problems/not-found");
  }
}
