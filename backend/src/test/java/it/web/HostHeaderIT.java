package it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import it.support.RawHttp;
import it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Host header is the client's word, not the server's name: it never reaches a Location, and a
 * malformed one is the client's error, not a 500 with a stack trace in the log.
 */
class HostHeaderIT {

  private static final Path MESSAGES =
      Path.of(
          System.getProperty("zoo.it.wlpDir", "target/liberty/wlp"),
          "usr/servers/zoo/logs/messages.log");

  @Test
  void aCreatedResourcesLocationIsItsPathWhateverTheHostSays() {
    new Api(); // waits for the server
    String body = Fixtures.speciesBody(Fixtures.unique("Host")).toString();
    RawHttp.Answer answer =
        RawHttp.send(
            Api.BASE_URL, "POST", "/api/species", "evil.example", Tokens.valid("admin"), body);
    assertEquals(201, answer.status(), answer::toString);
    long id =
        Json.createReader(new StringReader(answer.body()))
            .readObject()
            .getJsonNumber("id")
            .longValue();
    String location = answer.header("Location");
    assertEquals("/api/species/" + id, location, () -> "Location in " + answer.head());
  }

  @Test
  void aMalformedHostIsTheClientsErrorAndLogsAtMostALine() throws IOException {
    new Api();
    long before = lines();
    for (String host : new String[] {"a/ b", "a b", "[::1", "évil"}) {
      RawHttp.Answer get =
          RawHttp.send(Api.BASE_URL, "GET", "/api/species", host, Tokens.valid("admin"), null);
      assertNotEquals(500, get.status(), get::toString);
      assertTrue(get.status() == 400 || get.status() == 200, get::toString);
      assertFalse(get.body().contains("Exception"), get::toString);
      RawHttp.Answer post =
          RawHttp.send(
              Api.BASE_URL,
              "POST",
              "/api/species",
              host,
              Tokens.valid("admin"),
              Fixtures.speciesBody(Fixtures.unique("Host")).toString());
      assertTrue(post.status() == 400 || post.status() == 201, post::toString);
      if (post.status() == 201) {
        assertTrue(post.header("Location").startsWith("/api/species/"), post::head);
      } else {
        JsonObject problem = Json.createReader(new StringReader(post.body())).readObject();
        assertEquals(400, problem.getInt("status"), post::toString);
      }
    }
    long logged = lines() - before;
    assertTrue(logged <= 8, logged + " log lines for 8 requests with a malformed Host");
  }

  private static long lines() throws IOException {
    return Files.readString(MESSAGES, StandardCharsets.ISO_8859_1).lines().count();
  }
}
