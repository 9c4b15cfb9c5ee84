package it.web;

import static it.support.Api.fieldErrors;
import static it.support.ProblemAssert.assertInvalid;
import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input of every kind gets a problem+json answer: never a 500, a stack trace or SQL. */
class ErrorHandlingIT {

  private static final String[] COLLECTIONS = {
    "/api/species", "/api/enclosures", "/api/animals", "/api/keepers", "/api/feedings"
  };

  private final Api api = new Api();

  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"name\":", "[1,2]", "\"text\"", "null", "", "{\"a\":1}}"})
  void malformedJsonIsA400(String body) {
    for (String collection : COLLECTIONS) {
      Api.Reply reply = api.postRaw(collection, body, "application/json");
      assertProblem(reply, 400, null);
    }
  }

  @Test
  void wrongTypesNameTheField() {
    Api.Reply reply =
        api.postRaw(
            "/api/enclosures", "{\"name\":\"x\",\"capacity\":\"many\"}", "application/json");
    assertProblem(reply, 400, "/problems/malformed-body");
    assertTrue(fieldErrors(reply).containsKey("capacity"), reply::toString);
    Api.Reply date =
        api.postRaw(
            "/api/animals", "{\"name\":\"x\",\"arrivalDate\":\"yesterday\"}", "application/json");
    assertProblem(date, 400, "/problems/malformed-body");
    Api.Reply number =
        api.postRaw("/api/animals", "{\"name\":\"x\",\"speciesId\":1e400}", "application/json");
    assertProblem(number, 400, null);
  }

  @Test
  void wrongMediaTypeIsA415() {
    for (String collection : COLLECTIONS) {
      assertProblem(
          api.postRaw(collection, "name=x", "application/x-www-form-urlencoded"), 415, null);
      assertProblem(api.putRaw(collection + "/1", "<x/>", "application/xml"), 415, null);
    }
  }

  @Test
  void unknownIdsAndPathsAre404() {
    for (String collection : COLLECTIONS) {
      assertProblem(api.get(collection + "/987654321"), 404, "/problems/not-found");
      assertProblem(api.delete(collection + "/987654321"), 404, "/problems/not-found");
      assertProblem(api.get(collection + "/not-a-number"), 404, null);
    }
    assertProblem(api.get("/api/no-such-thing"), 404, null);
  }

  @Test
  void updatingAnUnknownIdIs404() {
    Api.Reply reply =
        api.put(
            "/api/species/987654321",
            Api.with(Fixtures.speciesBody(Fixtures.unique("S")), "version", 1L));
    assertProblem(reply, 404, "/problems/not-found");
  }

  @Test
  void wrongMethodIsA405WithAllow() {
    Api.Reply reply = api.delete("/api/species");
    assertProblem(reply, 405, null);
    assertNotNull(reply.header("Allow"), reply::toString);
  }

  @Test
  void pagingParametersAreValidated() {
    for (String collection : COLLECTIONS) {
      for (String query :
          new String[] {
            "size=0", "size=101", "size=abc", "page=-1", "sort=nope", "sort=id,up", "sort=id,asc,x"
          }) {
        Api.Reply reply = api.get(collection + "?" + query);
        assertProblem(reply, 400, "/problems/validation");
        assertTrue(!fieldErrors(reply).isEmpty(), reply::toString);
      }
      Api.Reply max = api.get(collection + "?size=100&page=999999&sort=id,desc");
      assertEquals(200, max.status(), max::toString);
      assertEquals(0, max.items().size(), "a page past the end is empty");
    }
  }

  @Test
  void missingBodyIsAValidationError() {
    Api.Reply reply = api.postRaw("/api/species", "", "application/json");
    assertProblem(reply, 400, null);
  }

  @Test
  void oversizedTextIsRejectedNotTruncated() {
    String longName = "x".repeat(101);
    Api.Reply reply = api.post("/api/species", Fixtures.speciesBody(longName));
    assertInvalid(reply, "commonName", "must be at most 100 characters");
  }
}
