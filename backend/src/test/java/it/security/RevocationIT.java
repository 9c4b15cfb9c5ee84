package it.security;

import static it.support.Api.id;
import static it.support.Api.object;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.support.Api;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rights end when they are removed: a demoted, deleted or re-passworded user's access tokens stop
 * working at once (not when they expire), and the self-checks know a user by id, not by name.
 */
class RevocationIT {

  private final Api admin = new Api();

  private static String name(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String password() {
    return "Revocation-" + UUID.randomUUID();
  }

  private JsonObject create(String username, String role, String password) {
    Api.Reply created =
        admin.post("/api/users", object("username", username, "role", role, "password", password));
    assertEquals(201, created.status(), created::toString);
    return created.json();
  }

  private Api.Reply change(Api as, JsonObject user, String username, String role, String password) {
    JsonObject current = admin.get("/api/users/" + id(user)).json();
    return as.put(
        "/api/users/" + id(user),
        password == null
            ? object(
                "username", username, "role", role, "version", current.getJsonNumber("version"))
            : object(
                "username",
                username,
                "role",
                role,
                "password",
                password,
                "version",
                current.getJsonNumber("version")));
  }

  @Test
  void aDemotedAdministratorsTokenCannotCreateAnAdministrator() {
    String password = password();
    JsonObject user = create(name("demoted"), "admin", password);
    Api demoted = admin.login(user.getString("username"), password);
    assertEquals(200, demoted.get("/api/users?size=1").status());

    Api.Reply demotion = change(admin, user, user.getString("username"), "viewer", null);
    assertEquals(200, demotion.status(), demotion::toString);

    Api.Reply backdoor =
        demoted.post(
            "/api/users",
            object("username", name("backdoor"), "role", "admin", "password", password()));
    JsonObject problem = assertProblem(backdoor, 401, "/problems/unauthenticated");
    assertEquals(
        "This token was issued before the user's role or password changed: sign in again.",
        problem.getString("detail"));
    // signing in again gives the role the user has now
    Api again = admin.login(user.getString("username"), password);
    assertProblem(again.get("/api/users?size=1"), 403, "/problems/forbidden");
    assertEquals(200, again.get("/api/species?size=1").status());
  }

  @Test
  void aDeletedUsersTokenNoLongerReadsOrWrites() {
    String password = password();
    JsonObject user = create(name("deleted"), "admin", password);
    Api deleted = admin.login(user.getString("username"), password);
    assertEquals(200, deleted.get("/api/species?size=1").status());

    assertEquals(204, admin.delete("/api/users/" + id(user)).status());

    assertProblem(deleted.get("/api/users?size=1"), 401, "/problems/unauthenticated");
    assertProblem(
        deleted.post(
            "/api/species",
            object("commonName", name("Ghost"), "scientificName", "Ghostus", "diet", "HERBIVORE")),
        401,
        "/problems/unauthenticated");
    assertProblem(deleted.post("/api/auth/renew", object()), 401, "/problems/unauthenticated");
    // nor says who it was (nor gets an administrator's /api/info on a production server)
    assertProblem(deleted.get("/api/auth/me"), 401, "/problems/unauthenticated");
  }

  @Test
  void aNewPasswordEndsTheOldTokens() {
    String password = password();
    JsonObject user = create(name("rekeyed"), "keeper", password);
    Api old = admin.login(user.getString("username"), password);
    assertEquals(200, old.get("/api/animals?size=1").status());

    String next = password();
    Api.Reply changed = change(admin, user, user.getString("username"), "keeper", next);
    assertEquals(200, changed.status(), changed::toString);

    assertProblem(old.get("/api/animals?size=1"), 401, "/problems/unauthenticated");
    assertEquals(
        200, admin.login(user.getString("username"), next).get("/api/animals?size=1").status());
  }

  @Test
  void aRenameKeepsTheTokenAndTheUserIsStillThemselves() {
    String password = password();
    JsonObject user = create(name("renamed"), "admin", password);
    Api self = admin.login(user.getString("username"), password);

    String renamed = name("renamed-again");
    Api.Reply rename = change(self, user, renamed, "admin", null);
    assertEquals(200, rename.status(), rename::toString);
    // the same rights: the token, issued under the old name, still works
    assertEquals(200, self.get("/api/users?size=1").status());
    // and its bearer is still the user it was issued to: no deleting oneself under a new name
    Api.Reply selfDelete = self.delete("/api/users/" + id(user));
    JsonObject problem = assertProblem(selfDelete, 409, "/problems/conflict");
    assertEquals(
        "You cannot delete your own account; another administrator can.",
        problem.getString("detail"));
    // a renewal knows the user by id and names the new name
    Api.Reply renewed = self.post("/api/auth/renew", object());
    assertEquals(200, renewed.status(), renewed::toString);
    assertEquals(renamed, renewed.json().getString("username"));

    assertEquals(204, admin.delete("/api/users/" + id(user)).status());
  }
}
