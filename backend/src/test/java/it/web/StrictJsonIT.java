package it.web;

import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.support.Api;
import it.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text that JSON allows but no field can hold faithfully: a lone surrogate (stored as "?" before)
 * and a key given twice (the last one won, so {"role":"viewer","role":"admin"} made an admin). Both
 * are 400s naming the field, in every body, and nothing is stored.
 */
class StrictJsonIT {

  private final Api api = new Api();

  @Test
  void aLoneSurrogateIsRefusedNamingItsField() {
    String name = Fixtures.unique("Leo");
    String body =
        Fixtures.speciesBody(name).toString().replace("\"" + name + "\"", "\"Leo\\ud800x\"");
    Api.Reply reply = api.postRaw("/api/species", body, "application/json");
    assertProblem(reply, 400, "/problems/malformed-body");
    assertEquals(
        Map.of("commonName", "contains a lone surrogate (\\ud800), which is no character"),
        Api.fieldErrors(reply));
    Api.Reply low =
        api.postRaw(
            "/api/keepers",
            Fixtures.keeperBody(Fixtures.unique("K"), java.util.List.of())
                .toString()
                .replaceFirst("\"fullName\":\"", "\"fullName\":\"\\\\udc00"),
            "application/json");
    assertEquals(
        Map.of("fullName", "contains a lone surrogate (\\udc00), which is no character"),
        Api.fieldErrors(low),
        low::toString);
    String pair = Fixtures.unique("Lion \\ud83e\\udd81");
    Api.Reply emoji =
        api.postRaw(
            "/api/species",
            Fixtures.speciesBody("x")
                .toString()
                .replace("\"x\"", "\"" + pair + "\"")
                .replace("\"x scientificus\"", "\"" + pair + " sci\""),
            "application/json");
    assertEquals(201, emoji.status(), "a surrogate pair is one character: " + emoji);
  }

  @Test
  void aKeyGivenTwiceIsRefusedNamingIt() {
    String username = "dup-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Api.Reply reply =
        api.postRaw(
            "/api/users",
            "{\"username\":\""
                + username
                + "\",\"role\":\"viewer\",\"password\":\"a-long-initial-password\",\"role\":\"admin\"}",
            "application/json");
    assertProblem(reply, 400, "/problems/malformed-body");
    assertEquals(Map.of("role", "is given more than once"), Api.fieldErrors(reply));
    assertEquals(0, api.get("/api/users?q=" + username).json().getInt("totalItems"));

    Api.Reply nested =
        api.postRaw(
            "/api/feedings/1/complete", "{\"keeperId\":1,\"keeperId\":2}", "application/json");
    assertEquals(Map.of("keeperId", "is given more than once"), Api.fieldErrors(nested));
  }
}
