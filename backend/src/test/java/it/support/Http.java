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

  public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    return send(client, request, HttpResponse.BodyHandlers.ofString());
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
