package it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Empties the SQL Server database that the environment names ({@code DB_HOST}, {@code DB_PORT},
 * {@code DB_NAME}, {@code DB_USER}, {@code DB_PASSWORD}, {@code DB_ENCRYPT}, {@code
 * DB_TRUST_SERVER_CERTIFICATE}, as for the server), so that the test server migrates it from
 * nothing and loads the demo data, as it does with a fresh H2 database: every foreign key, then
 * every table goes. Run by every build before the test server starts (execution test-database;
 * docs/testing.md, "Against SQL Server"): with H2 (no {@code DB_KIND=sqlserver} in the environment)
 * it does nothing.
 *
 * <p>Its one argument ({@code -Dit.sqlserver.reset}) must repeat {@code DB_NAME}: a confirmation
 * that this database is meant to be emptied; without it, a build with {@code DB_KIND=sqlserver} in
 * its environment fails with an IllegalStateException and changes nothing. (It runs in Maven's JVM:
 * no System.exit.)
 */
public final class ResetTestDatabase {

  private ResetTestDatabase() {}

  public static void main(String[] args) throws SQLException {
    String database = env("DB_NAME", "zoo");
    String confirmed = args.length > 0 && args[0] != null ? args[0].trim() : "";
    if (!TestDatabase.isSqlServer()) {
      if (!confirmed.isEmpty()) {
        throw new IllegalStateException(
            "-Dit.sqlserver.reset=" + confirmed + " needs DB_KIND=sqlserver in the environment");
      }
      return; // the test server's embedded H2 database: nothing to prepare
    }
    if (!database.equals(confirmed)) {
      // The test server takes DB_KIND and DB_* from the environment: without this stop, a shell
      // that exported them for a real server would run the tests' writes (and their published
      // test administrator) against that database.
      throw new IllegalStateException(
          "DB_KIND=sqlserver is set, so the integration tests would run against SQL Server database "
              + database
              + " on "
              + env("DB_HOST", "localhost")
              + ", which they empty first. For a database for tests only, confirm with"
              + " -Dit.sqlserver.reset="
              + database
              + "; otherwise unset DB_KIND (docs/testing.md, \"Against SQL Server\").");
    }
    String url =
        "jdbc:sqlserver://"
            + env("DB_HOST", "localhost")
            + ":"
            + env("DB_PORT", "1433")
            + ";databaseName="
            + database
            + ";encrypt="
            + env("DB_ENCRYPT", "true")
            + ";trustServerCertificate="
            + env("DB_TRUST_SERVER_CERTIFICATE", "false")
            + ";loginTimeout=15";
    try (Connection connection =
            DriverManager.getConnection(url, env("DB_USER", "zoo_app"), env("DB_PASSWORD", ""));
        Statement statement = connection.createStatement()) {
      List<String> drops = new ArrayList<>();
      try (ResultSet keys =
          statement.executeQuery(
              "SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME"
                  + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                  + " WHERE CONSTRAINT_TYPE = 'FOREIGN KEY'")) {
        while (keys.next()) {
          drops.add(
              "ALTER TABLE "
                  + quote(keys.getString(1))
                  + "."
                  + quote(keys.getString(2))
                  + " DROP CONSTRAINT "
                  + quote(keys.getString(3)));
        }
      }
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                  + " WHERE TABLE_TYPE = 'BASE TABLE'")) {
        while (rows.next()) {
          tables.add(quote(rows.getString(1)) + "." + quote(rows.getString(2)));
        }
      }
      tables.forEach(table -> drops.add("DROP TABLE " + table));
      for (String drop : drops) {
        statement.execute(drop);
      }
      String engine;
      try (ResultSet version = statement.executeQuery("SELECT @@VERSION")) {
        version.next();
        engine = version.getString(1).lines().findFirst().orElse("?");
      }
      System.out.println(
          "Emptied SQL Server database "
              + database
              + ": "
              + tables.size()
              + " tables dropped; the engine: "
              + engine);
    }
  }

  /** A T-SQL delimited identifier: {@code [name]}, with {@code ]} doubled. */
  static String quote(String identifier) {
    return "[" + identifier.replace("]", "]]") + "]";
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? Objects.requireNonNull(fallback) : value;
  }
}
