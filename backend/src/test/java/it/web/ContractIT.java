package it.web;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Contract;
import it.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The contract check itself ({@link Contract}): it takes a real answer and refuses each way an
 * answer can drift from the document, so that every other test's silence means agreement.
 */
class ContractIT {

  private final Api api = new Api();
  private final Fixtures fixtures = new Fixtures(api);
  private final Contract.Document document = Contract.document(Api.BASE_URL);

  @Test
  void aRealAnswerPassesAndEveryDriftFails() {
    long speciesId = Api.id(fixtures.species());
    long id = Api.id(fixtures.animal(speciesId, Api.id(fixtures.enclosure(5))));
    String path = "/api/animals/" + id;
    String real = api.get(path).text();
    assertTrue(real.contains("\"dateOfBirth\""), real);
    document.check("GET", path, 200, "application/json", real);

    refused(path, 200, "application/json", real.replaceFirst("\"notes\":[^,]*,", ""), "missing");
    refused(path, 200, "application/json", real.replace("{\"id\"", "{\"extra\":1,\"id\""), "extra");
    refused(
        path,
        200,
        "application/json",
        real.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":null"),
        "null");
    refused(
        path,
        200,
        "application/json",
        real.replaceFirst("\"sex\":\"[A-Z]+\"", "\"sex\":\"male\""),
        "enum");
    refused(path, 418, "application/problem+json", "{}", "undocumented status");
    refused(path, 200, "text/plain", "x", "undocumented content type");
    refused("/api/animals/" + id + "/nope", 200, "application/json", "{}", "undocumented path");
    refused(
        path,
        404,
        "application/problem+json",
        "{\"title\":\"Not found\",\"status\":404}",
        "problem without type");
  }

  private void refused(String path, int status, String type, String body, String what) {
    assertThrows(AssertionError.class, () -> document.check("GET", path, status, type, body), what);
  }
}
