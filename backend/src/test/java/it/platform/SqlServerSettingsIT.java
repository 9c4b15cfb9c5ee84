package it.platform;

import static it.support.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.SecondServer;
import it.support.Tokens;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The SQL Server rows of the configuration table, against a listener that speaks just enough TDS to
 * see what the driver sends (no SQL Server runs here): DB_KIND=sqlserver with DB_HOST and DB_PORT
 * reach it, DB_ENCRYPT=false shows in the PRELOGIN packet, DB_LOGIN_TIMEOUT ends a login that gets
 * no answer, ZOO_DB_RETRY_MAX_SECONDS caps the wait between attempts. The same server runs with the
 * built-in login off and an identity provider's key (ZOO_AUTH_LOGIN,
 * MP_JWT_VERIFY_PUBLICKEY_LOCATION), and with dev mode's update trigger (APP_UPDATE_TRIGGER).
 */
class SqlServerSettingsIT {

  /** One connection the driver opened: when, when it gave up, and the PRELOGIN's ENCRYPTION. */
  record Attempt(Instant opened, Instant closed, int encryption) {}

  @Test
  void sqlServerSettingsAndAnIdentityProvidersKey() throws Exception {
    List<Attempt> attempts = new CopyOnWriteArrayList<>();
    try (ServerSocket fakeSqlServer = new ServerSocket(0)) {
      Thread listener = new Thread(() -> listen(fakeSqlServer, attempts), "fake-sql-server");
      listener.setDaemon(true);
      listener.start();

      Path dir = Files.createTempDirectory("zoo-idp");
      Path publicKey = Files.writeString(dir.resolve("idp-public.pem"), testPublicKeyPem());
      int httpPort = SecondServer.freePort();
      Map<String, String> env =
          Map.of(
              "HTTP_PORT", Integer.toString(httpPort),
              "DB_KIND", "sqlserver",
              "DB_HOST", "127.0.0.1",
              "DB_PORT", Integer.toString(fakeSqlServer.getLocalPort()),
              "DB_ENCRYPT", "false",
              "DB_LOGIN_TIMEOUT", "2",
              "ZOO_DB_RETRY_MAX_SECONDS", "1",
              "ZOO_AUTH_LOGIN", "false",
              "APP_UPDATE_TRIGGER", "polled",
              "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
      Api api = new Api("http://127.0.0.1:" + httpPort);
      try (SecondServer server = new SecondServer("zoo-settings-sqlserver", env)) {
        server.await(
            "four connection attempts at the configured host and port",
            Duration.ofSeconds(90),
            () -> attempts.size() >= 4);

        for (Attempt a : attempts) {
          assertEquals(0, a.encryption(), "DB_ENCRYPT=false: PRELOGIN says ENCRYPT_OFF");
          long waited = Duration.between(a.opened(), a.closed()).toMillis();
          assertTrue(
              waited >= 1_500 && waited < 5_000,
              () -> "DB_LOGIN_TIMEOUT=2: gave up after " + waited + " ms");
        }
        for (int i = 2; i < attempts.size(); i++) {
          long gap =
              Duration.between(attempts.get(i - 1).closed(), attempts.get(i).opened()).toMillis();
          int n = i;
          assertTrue(
              gap < 2_500,
              () -> "ZOO_DB_RETRY_MAX_SECONDS=1: attempt " + n + " came " + gap + " ms later");
        }

        // The key location is accepted only with the built-in login off (otherwise the application
        // refuses to start, AuthSetup): a token of the "identity provider" (the test key) verifies.
        Api.Reply me = api.withToken(Tokens.valid("keeper")).get("/api/auth/me");
        assertEquals(200, me.status(), me::toString);
        assertProblem(
            api.withToken(Tokens.otherKey("keeper")).get("/api/auth/me"),
            401,
            "/problems/unauthenticated");

        // APP_UPDATE_TRIGGER=polled (liberty:devc's): a changed application is restarted.
        String startedAt = api.get("/api/info").json().getString("startedAt");
        Files.setLastModifiedTime(
            server.directory().resolve("apps/zoo.war"), FileTime.from(Instant.now()));
        server.await(
            "the application to restart",
            Duration.ofSeconds(60),
            () -> {
              Api.Reply info = api.get("/api/info");
              return info.status() == 200
                  && info.json().getString("startedAt") != null
                  && !startedAt.equals(info.json().getString("startedAt"));
            });
        assertNotEquals(startedAt, api.get("/api/info").json().getString("startedAt"));
      }
    }
  }

  /** Accepts, reads the PRELOGIN and never answers, as a hung SQL Server would. */
  private static void listen(ServerSocket socket, List<Attempt> attempts) {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        Instant opened = Instant.now();
        InputStream in = connection.getInputStream();
        int encryption = preloginEncryption(new DataInputStream(in));
        while (in.read() >= 0) {
          // wait until the driver gives up and closes
        }
        attempts.add(new Attempt(opened, Instant.now(), encryption));
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** TDS PRELOGIN (MS-TDS 2.2.6.5): an 8-byte header, then option tokens; ENCRYPTION is 0x01. */
  static int preloginEncryption(DataInputStream in) throws IOException {
    byte[] header = new byte[8];
    in.readFully(header);
    if (header[0] != 0x12) {
      return -1;
    }
    int length = ((header[2] & 0xff) << 8) | (header[3] & 0xff);
    byte[] data = new byte[length - 8];
    in.readFully(data);
    for (int i = 0; i < data.length && (data[i] & 0xff) != 0xff; i += 5) {
      int offset = ((data[i + 1] & 0xff) << 8) | (data[i + 2] & 0xff);
      if (data[i] == 0x01) {
        return data[offset] & 0xff;
      }
    }
    return -1;
  }

  /** The public half of the test signing key, as an identity provider would publish it. */
  private static String testPublicKeyPem() throws Exception {
    String pem = Files.readString(Path.of(System.getProperty("zoo.it.signingKey")));
    byte[] der =
        Base64.getDecoder()
            .decode(
                pem.replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", "")
                    .replaceAll("\\s", ""));
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
    byte[] publicDer =
        rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()))
            .getEncoded();
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(publicDer)
        + "\n-----END PUBLIC KEY-----\n";
  }
}
