package it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay between the server and its database that can stop passing bytes: a database that
 * still accepts connections but no longer answers, as a hung one does.
 */
public final class TcpProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final AtomicBoolean frozen = new AtomicBoolean();
  private volatile boolean closed;

  public TcpProxy(int targetPort) {
    try {
      listener = new ServerSocket(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor =
        new Thread(
            () -> {
              while (!closed) {
                try {
                  Socket client = listener.accept();
                  Socket target = new Socket("127.0.0.1", targetPort);
                  pump(client, target);
                  pump(target, client);
                } catch (IOException e) {
                  if (!closed) {
                    continue;
                  }
                }
              }
            },
            "tcp-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** true: bytes are held back (connections stay open); false: they flow again. */
  public void freeze(boolean hold) {
    frozen.set(hold);
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  while (frozen.get() && !closed) {
                    Thread.sleep(20);
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // one side closed: close the other
              } finally {
                try {
                  to.close();
                  from.close();
                } catch (IOException ignored) {
                  // already closed
                }
              }
            },
            "tcp-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
