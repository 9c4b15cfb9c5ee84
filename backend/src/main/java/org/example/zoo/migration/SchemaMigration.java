package org.example.zoo.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.example.zoo.config.ZooConfig;
import org.example.zoo.problem.Causes;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * One attempt to bring the schema up to date (DatabaseMigrator schedules the attempts): Flyway with
 * the shared and the vendor's migrations (and the demo data when it is on); on the development
 * profile's embedded H2, durable commits and a failed migration put back as if it never ran.
 */
final class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  private final DataSource dataSource;
  private final ZooConfig config;

  SchemaMigration(DataSource dataSource, ZooConfig config) {
    this.dataSource = dataSource;
    this.config = config;
  }

  /**
   * @param migrating called once the database answered, before Flyway starts
   * @return what is known about the migrated database
   */
  DatabaseMigrator.DatabaseInfo run(Runnable migrating) throws SQLException {
    String product;
    String version;
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      product = meta.getDatabaseProductName();
      version = meta.getDatabaseProductVersion();
    }
    migrating.run();
    boolean embedded = product.toUpperCase().contains("H2");
    if (embedded) {
      commitsToDisk();
    }
    // Demo data brings demo users with published passwords: never by default in production.
    boolean demo = config.demoData().orElse(embedded && !config.production());
    if (demo && config.production()) {
      LOG.warning(
          "ZOO_DEMO_DATA=true with ZOO_PROFILE=prod: the demo users and their published passwords"
              + " (see docs/security.md) can sign in.");
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
        Flyway.configure(SchemaMigration.class.getClassLoader())
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
    return new DatabaseMigrator.DatabaseInfo(product, version, schema, demo);
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

  /**
   * One line for logs and health data: the innermost cause, without a stack trace or the SQL it
   * quotes; for a migration that failed, Flyway's first line and the script's line before it, e.g.
   * {@code Failed to execute script V3__x.sql (line 2): JdbcSQLSyntaxErrorException: Table "X" not
   * found}.
   */
  static String describe(Throwable e) {
    Throwable root = Causes.root(e);
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
