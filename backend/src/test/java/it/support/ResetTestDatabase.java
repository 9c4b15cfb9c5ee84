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
 * every table goes. Run by the build's profile {@code it-sqlserver} before the test server starts
 * (docs/testing.md, "Against SQL Server").
 *
 * <p>Its one argument must repeat {@code DB_NAME}: a confirmation that this database is meant to be
 * emptied; anything else (and {@code DB_KIND} other than {@code sqlserver}) fails the build with an
 * IllegalStateException and changes nothing. (It runs in Maven's JVM: no System.exit.)
 */
public final class ResetTestDatabase {

  private ResetTestDatabase() {}

  public static void main(String[] args) throws SQLException {
    String database = env("DB_NAME", "zoo");
    String confirmed = args.length > 0 ? args[0] : "";
    if (!TestDatabase.isSqlServer() || !database.equals(confirmed)) {
      throw new IllegalStateException(
          "Not emptying anything: the profile it-sqlserver needs DB_KIND=sqlserver and"
              + " -Dit.sqlserver.reset=<the DB_NAME of a database for tests only> (got DB_KIND="
              + System.getenv("DB_KIND")
              + ", DB_NAME="
              + database
              + ", it.sqlserver.reset="
              + confirmed
              + ")");
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
