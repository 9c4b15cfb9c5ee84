package it.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.SecondServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A taken HTTP port is reported in one line that names the port and the variable to change. */
class PortInUseIT {

  @Test
  void aTakenPortIsNamedWithTheVariableThatChangesIt() throws Exception {
    try (ServerSocket squatter = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
      int port = squatter.getLocalPort();
      Map<String, String> env =
          Map.of(
              "HTTP_PORT", Integer.toString(port),
              "HTTPS_PORT", Integer.toString(SecondServer.freePort()),
              "H2_URL",
                  "jdbc:h2:mem:port;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
      try (SecondServer server = new SecondServer("zoo-port", env)) {
        String expected = "HTTP port " + port + " is in use by another process";
        server.await(
            "the port message", Duration.ofSeconds(60), () -> server.log().contains(expected));
        String line =
            server.log().lines().filter(l -> l.contains(expected)).findFirst().orElseThrow();
        assertTrue(line.contains("HTTP_PORT"), () -> "names the variable: " + line);
      }
    }
  }
}
