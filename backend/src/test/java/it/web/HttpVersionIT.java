package it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.support.Api;
import it.support.Http;
import it.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The server speaks HTTP/1.1 only (server.xml's httpEndpoint, protocolVersion): a client that asks
 * a plain-HTTP server to upgrade to HTTP/2 (h2c), as the JDK's client does by default, is answered
 * in HTTP/1.1, also when it sends its requests at once. Open Liberty 26.0.0.3 stopped reading an
 * h2c connection carrying concurrent requests when the CPU was contended. Over TLS:
 * HardenedServerIT.
 */
class HttpVersionIT {

  @Test
  void aClientAskingForHttp2IsAnsweredInHttp11() {
    new Api(); // waits for the server
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_2)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest first =
        HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/health/ready"))
            .timeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> alone = Http.send(client, first);
    assertEquals(200, alone.statusCode(), alone.body());
    assertEquals(HttpClient.Version.HTTP_1_1, alone.version());

    List<HttpResponse<String>> together =
        IntStream.range(0, 8)
            .mapToObj(
                i ->
                    client.sendAsync(
                        HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/api/species?size=1"))
                            .header("Authorization", "Bearer " + Tokens.valid("viewer"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                        HttpResponse.BodyHandlers.ofString()))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();
    for (HttpResponse<String> reply : together) {
      assertEquals(200, reply.statusCode(), reply.body());
      assertEquals(HttpClient.Version.HTTP_1_1, reply.version());
    }
  }
}
