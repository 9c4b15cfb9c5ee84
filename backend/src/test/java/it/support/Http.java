package it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends a request with the JDK's client and reads the answer as text, for tests that need the raw
 * response (headers, cookies, HTML) rather than {@link Api}'s. A failure to connect is an {@link
 * UncheckedIOException} (callers that poll a starting server catch it); an interrupt ends the test.
 */
public final class Http {

  private Http() {}

  /**
   * Sends and reads the answer as text; an answer of the API over plain HTTP is checked against the
   * answering server's OpenAPI document ({@link Contract}) before the caller sees it. Answers over
   * HTTPS (the production-profile servers' tests) and answers read as bytes are not checked.
   */
  public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    HttpResponse<String> response = send(client, request, HttpResponse.BodyHandlers.ofString());
    java.net.URI uri = response.request().uri();
    if ("http".equals(uri.getScheme())) {
      Contract.check(uri.getScheme() + "://" + uri.getRawAuthority(), response);
    }
    return response;
  }

  /** The same, with the body read by {@code body} (bytes, for compressed answers). */
  public static <T> HttpResponse<T> send(
      HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
