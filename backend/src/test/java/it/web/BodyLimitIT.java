package it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bounded input: a body larger than the limit (256 KiB by default) is refused with 413 before it is
 * read, whether its length is declared or not, so one request cannot fill the heap. Raw sockets: a
 * client that sends the refused body whole is what the limit is for.
 */
class BodyLimitIT {

  private static final int LIMIT = 256 * 1024;

  static {
    new Api(); // waits for the test server
  }

  private record Answer(int status, String head, String body, long sent) {}

  /**
   * Sends the head, then up to {@code bodyBytes} of a JSON string's padding in 64 KiB pieces
   * (chunked when asked), stopping as soon as the server answers or closes; returns its answer.
   */
  private static Answer send(String path, long bodyBytes, boolean chunked) throws IOException {
    URI base = URI.create(Api.BASE_URL);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\nContent-Type: application/json\r\n"
              + (chunked
                  ? "Transfer-Encoding: chunked\r\n"
                  : "Content-Length: " + bodyBytes + "\r\n")
              + "\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      byte[] piece = new byte[64 * 1024];
      Arrays.fill(piece, (byte) 'A');
      byte[] start = "{\"username\":\"nobody\",\"password\":\"x\",\"pad\":\"".getBytes();
      System.arraycopy(start, 0, piece, 0, start.length);
      InputStream in = socket.getInputStream();
      long sent = 0;
      try {
        while (sent < bodyBytes && in.available() == 0) {
          int n = (int) Math.min(piece.length, bodyBytes - sent);
          if (chunked) {
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(piece, 0, n);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          } else {
            out.write(piece, 0, n);
          }
          out.flush();
          sent += n;
          Arrays.fill(piece, 0, start.length, (byte) 'A');
        }
        if (chunked && sent >= bodyBytes) {
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
      } catch (IOException closedByTheServer) {
        // the server answered and closed before the body was sent: read its answer
      }
      return read(in, sent);
    }
  }

  private static Answer read(InputStream in, long sent) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    String text = "";
    for (int n; (n = in.read(buffer)) != -1; ) {
      received.write(buffer, 0, n);
      text = received.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      if (end >= 0) {
        String head = text.substring(0, end);
        java.util.regex.Matcher length =
            java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
        if (length.find() && text.length() >= end + 4 + Integer.parseInt(length.group(1))) {
          break;
        }
      }
    }
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    return new Answer(Integer.parseInt(head.split(" ")[1]), head, body, sent);
  }

  private static void assertTooLarge(Answer answer) {
    assertEquals(413, answer.status(), answer::toString);
    assertTrue(answer.head().contains("application/problem+json"), answer::head);
    JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
    assertEquals("/problems/payload-too-large", problem.getString("type"));
    assertEquals(413, problem.getInt("status"));
    assertTrue(problem.getString("detail").contains(Integer.toString(LIMIT)), problem::toString);
  }

  @Test
  void aDeclaredBodyAboveTheLimitIsRefusedUnread() throws IOException {
    assertTooLarge(send("/api/auth/login", 600 * 1024, false));
  }

  /**
   * The penetration test's request, 150 MB to the login, which anyone may call, sent on regardless
   * of the answer: the server stops reading and closes the connection instead of reading it to its
   * declared end (ten such clients kept liveness waiting). The same for a chunked body without end.
   */
  @Test
  void aHugeBodyIsNotReadOnAfterTheRefusal() throws IOException {
    long declared = sentUntilClosed(150L * 1024 * 1024, false);
    long chunked = sentUntilClosed(150L * 1024 * 1024, true);
    assertTrue(declared < 16L * 1024 * 1024, "read " + declared / 1024 + " KiB declared");
    assertTrue(chunked < 16L * 1024 * 1024, "read " + chunked / 1024 + " KiB chunked");
  }

  /**
   * A client that closes the connection inside its body (declared or chunked) is no incident: no
   * "Unexpected failure" with a stack trace in the log (there were 70 lines each).
   */
  @Test
  void aBodyCutShortIsNoIncident() throws Exception {
    java.nio.file.Path log =
        java.nio.file.Path.of(
            System.getProperty("zoo.it.wlpDir", "target/liberty/wlp"),
            "usr/servers/zoo/logs/messages.log");
    long before;
    try (var lines = java.nio.file.Files.lines(log, StandardCharsets.ISO_8859_1)) {
      before = lines.count();
    }
    URI base = URI.create(Api.BASE_URL);
    for (boolean chunked : new boolean[] {false, true}) {
      try (Socket socket = new Socket(base.getHost(), base.getPort())) {
        socket
            .getOutputStream()
            .write(
                ("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\n"
                        + (chunked
                            ? "Transfer-Encoding: chunked\r\n\r\n10\r\n"
                            : "Content-Length: 1000\r\n\r\n")
                        + "{\"username\":\"x")
                    .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        Thread.sleep(300);
      }
    }
    Thread.sleep(1500);
    List<String> added;
    try (var lines = java.nio.file.Files.lines(log, StandardCharsets.ISO_8859_1)) {
      added = lines.skip(before).toList();
    }
    assertTrue(
        added.stream().noneMatch(l -> l.contains("Unexpected failure") || l.startsWith("\tat ")),
        () -> "logged:\n" + String.join("\n", added));
    assertEquals(200, new Api().get("/api/species?size=1").status(), "the server is fine");
  }

  /** Bytes of body the server took before it closed the connection (at most 64 MB are sent). */
  private static long sentUntilClosed(long declared, boolean chunked) throws IOException {
    URI base = URI.create(Api.BASE_URL);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + (chunked
                      ? "Transfer-Encoding: chunked\r\n"
                      : "Content-Length: " + declared + "\r\n")
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] piece = new byte[64 * 1024];
      Arrays.fill(piece, (byte) 'A');
      long sent = 0;
      try {
        while (sent < 64L * 1024 * 1024) {
          if (chunked) {
            out.write(
                (Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          }
          out.write(piece);
          if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.flush();
          sent += piece.length;
        }
      } catch (IOException closed) {
        // the server closed the connection: what it took is what was sent
      }
      return sent;
    }
  }

  @Test
  void aHugeChunkedBodyIsRefusedAtTheLimit() throws IOException {
    assertTooLarge(send("/api/auth/login", 8L * 1024 * 1024, true));
    assertTooLarge(send("/api/species", LIMIT + 1, true));
  }

  @Test
  void aBodyWithinTheLimitIsRead() throws IOException {
    Answer declared = send("/api/auth/login", LIMIT, false);
    assertNotEquals(413, declared.status(), declared::toString);
    Answer chunked = send("/api/auth/login", LIMIT - 10, true);
    assertNotEquals(413, chunked.status(), chunked::toString);
  }
}
