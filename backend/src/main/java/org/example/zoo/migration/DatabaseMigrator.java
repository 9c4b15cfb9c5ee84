package org.example.zoo.migration;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.example.zoo.config.ZooConfig;
import org.example.zoo.persistence.DatabaseUnavailable;

/**
 * Brings the schema up to date in the background, and keeps trying until the database answers. A
 * missing database therefore never stops the server from starting: it stays live, reports not
 * ready, and becomes ready by itself.
 */
@ApplicationScoped
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  public enum State {
    /** Not tried yet, or the database did not answer: retrying. */
    WAITING,
    MIGRATING,
    READY,
    /** A migration itself failed: retrying, but a person has to look. */
    FAILED
  }

  /** What is known about the database after a successful migration. */
  public record DatabaseInfo(
      String product, String version, String schemaVersion, boolean demoData) {}

  @Resource(lookup = "jdbc/zoo")
  DataSource dataSource;

  @Inject ZooConfig config;

  /** Observers set up what needs the migrated schema; one that throws makes the attempt retry. */
  @Inject Event<DatabaseInfo> migrated;

  private volatile State state = State.WAITING;
  private volatile String lastError;
  private volatile DatabaseInfo info;
  private volatile Instant readySince;
  private volatile CompletableFuture<Boolean> ping;
  private ScheduledExecutorService executor;
  private int attempts;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    ClassLoader appLoader = DatabaseMigrator.class.getClassLoader();
    ScheduledThreadPoolExecutor pool =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "zoo-database");
              thread.setDaemon(true);
              thread.setContextClassLoader(appLoader);
              return thread;
            });
    pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor = pool;
    executor.execute(this::attempt);
  }

  /**
   * Lets a migration in progress finish (the application stops in dev mode at every save, also
   * during the first migration): interrupting it would close the embedded database's file for the
   * whole server (H2 closes its file channel when its thread is interrupted). Retries waiting for
   * their turn are dropped. Only a migration still running after 30 s is interrupted.
   */
  @PreDestroy
  void stop() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warning("The database work did not finish within 30 s of the stop; interrupting it");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  public State state() {
    return state;
  }

  public String lastError() {
    return lastError;
  }

  public DatabaseInfo info() {
    return info;
  }

  public Instant readySince() {
    return readySince;
  }

  /**
   * Whether the database answers within {@code timeoutMillis}. At most one check runs at a time;
   * callers arriving meanwhile share its answer, so a hanging database cannot pile up threads.
   */
  public boolean ping(long timeoutMillis) {
    CompletableFuture<Boolean> current;
    synchronized (this) {
      if (ping == null || ping.isDone()) {
        ping =
            CompletableFuture.supplyAsync(
                () -> isValid((int) Math.max(1, timeoutMillis / 1000)), executor);
      }
      current = ping;
    }
    try {
      return current.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      lastError = "the database did not answer within " + timeoutMillis + " ms";
      return false;
    } catch (ExecutionException e) {
      lastError = SchemaMigration.describe(e.getCause());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private boolean isValid(int timeoutSeconds) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(timeoutSeconds);
    } catch (SQLException e) {
      lastError = SchemaMigration.describe(e);
      return false;
    }
  }

  private void attempt() {
    attempts++;
    try {
      DatabaseInfo migratedInfo =
          new SchemaMigration(dataSource, config).run(() -> state = State.MIGRATING);
      migrated.fire(migratedInfo);
      info = migratedInfo;
      state = State.READY;
      readySince = Instant.now();
      lastError = null;
      LOG.info(
          () ->
              "Database ready: "
                  + info.product()
                  + " "
                  + info.version()
                  + ", schema version "
                  + info.schemaVersion()
                  + (info.demoData() ? ", demo data loaded" : ""));
    } catch (RuntimeException | SQLException | LinkageError e) {
      // LinkageError: a library of the migration missing from the server (e.g. a class of Flyway's
      // dependencies) must be a FAILED state with its message, not a silent end of the attempt.
      boolean unreachable = DatabaseUnavailable.cannotConnect(e);
      state = unreachable ? State.WAITING : State.FAILED;
      String message = SchemaMigration.describe(e);
      if (!message.equals(lastError)) {
        if (unreachable) {
          LOG.warning("Database not reachable yet, retrying in the background: " + message);
        } else {
          LOG.log(Level.SEVERE, "Database migration failed, retrying in the background", e);
        }
      }
      lastError = message;
      long delay = Math.min(config.retryMaxSeconds(), 1L << Math.min(attempts, 5));
      if (!executor.isShutdown()) {
        executor.schedule(this::attempt, delay, TimeUnit.SECONDS);
      }
    }
  }
}
