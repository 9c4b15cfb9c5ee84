package org.example.zoo.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.example.zoo.persistence.DatabaseUnavailable;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

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
      lastError = describe(e.getCause());
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
      lastError = describe(e);
      return false;
    }
  }

  private void attempt() {
    attempts++;
    try {
      DatabaseInfo migratedInfo = migrate();
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
    } catch (RuntimeException | SQLException e) {
      boolean unreachable = isUnreachable(e);
      state = unreachable ? State.WAITING : State.FAILED;
      String message = describe(e);
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

  private DatabaseInfo migrate() throws SQLException {
    String product;
    String version;
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      product = meta.getDatabaseProductName();
      version = meta.getDatabaseProductVersion();
    }
    state = State.MIGRATING;
    boolean embedded = product.toUpperCase().contains("H2");
    if (embedded) {
      commitsToDisk();
    }
    // Demo data brings demo users with published passwords: never by default in production.
    boolean demo = config.demoData().orElse(embedded && !config.production());
    if (demo && config.production()) {
      LOG.warning(
          "ZOO_DEMO_DATA=true with ZOO_PROFILE=prod: the demo users and their published passwords"
              + " (see the README) can sign in.");
    }
    // Shared T-SQL first; db/vendor/h2 or db/vendor/sqlserver for what the two cannot share.
    // (Named here: Flyway's {vendor} placeholder is scanned literally on Liberty's class loader.)
    List<String> locations =
        new ArrayList<>(
            List.of(
                "classpath:db/migration",
                "classpath:db/vendor/" + (embedded ? "h2" : "sqlserver")));
    if (demo) {
      locations.add("classpath:db/demo");
    }
    Flyway flyway =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            // Demo data is a callback: switching it off later must not fail validation.
            .ignoreMigrationPatterns("*:missing")
            .load();
    boolean throwAway = embedded && !config.production();
    MigrateResult result = throwAway ? migrateOrPutBack(flyway) : flyway.migrate();
    String schema =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : flyway.info().current() == null
                ? "none"
                : flyway.info().current().getVersion().getVersion();
    return new DatabaseInfo(product, version, schema, demo);
  }

  /**
   * The development profile's embedded database: a migration that fails leaves the database exactly
   * as it was before the run (H2 commits DDL at once, so Flyway cannot roll it back), from a
   * snapshot taken when migrations are pending. A fixed migration then applies at the next start,
   * and a deleted one is simply gone; nothing is left half-applied or marked failed.
   */
  private MigrateResult migrateOrPutBack(Flyway flyway) throws SQLException {
    List<String> snapshot = flyway.info().pending().length > 0 ? snapshot() : null;
    try {
      return flyway.migrate();
    } catch (FlywayException e) {
      if (snapshot != null) {
        putBack(snapshot);
        LOG.warning(
            "Development database: "
                + describe(e)
                + ". The embedded database is back as it was before this migration ran; fix or"
                + " delete the migration and save, and it applies at the next restart.");
      }
      throw e;
    }
  }

  /** H2's SCRIPT: the whole database (schema, data, identity positions) as SQL statements. */
  private List<String> snapshot() throws SQLException {
    List<String> statements = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery("SCRIPT")) {
      while (rows.next()) {
        statements.add(rows.getString(1));
      }
    }
    return statements;
  }

  private void putBack(List<String> snapshot) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("DROP ALL OBJECTS");
      for (String sql : snapshot) {
        statement.execute(sql);
      }
    }
  }

  /**
   * H2 writes a commit to its file up to WRITE_DELAY ms after acknowledging it (default 500): a
   * killed JVM or database process loses those acknowledged writes. Zero makes every commit durable
   * before it is acknowledged; the setting is persistent and needs an administrator (the sa login
   * of the H2 configurations). In-memory databases have nothing to lose and say 0 already.
   */
  private void commitsToDisk() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet delay =
            statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      String value = delay.next() ? delay.getString(1) : "0";
      if (!"0".equals(value)) {
        statement.execute("SET WRITE_DELAY 0");
        LOG.info(
            () ->
                "H2 WRITE_DELAY was "
                    + value
                    + " ms; set to 0 so that every acknowledged commit is in the file");
      }
    }
  }

  private static boolean isUnreachable(Throwable e) {
    return DatabaseUnavailable.isUnavailable(e) || DatabaseUnavailable.isLoginRefused(e);
  }

  /**
   * One line for logs and health data: the innermost cause, without a stack trace or the SQL it
   * quotes; for a migration that failed, Flyway's first line and the script's line before it, e.g.
   * {@code Failed to execute script V3__x.sql (line 2): JdbcSQLSyntaxErrorException: Table "X" not
   * found}.
   */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = firstLine(root).replaceFirst(";? ?SQL statement:$", "");
    String cause = root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    if (!(e instanceof FlywayException) || root == e) {
      return cause;
    }
    String script = firstLine(e);
    java.util.regex.Matcher line =
        java.util.regex.Pattern.compile("(?m)^Line\\s*:\\s*(\\d+)").matcher(e.getMessage());
    return script + (line.find() ? " (line " + line.group(1) + ")" : "") + ": " + cause;
  }

  private static String firstLine(Throwable e) {
    return e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
  }
}
