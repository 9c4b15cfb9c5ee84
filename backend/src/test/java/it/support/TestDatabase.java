package it.support;

import java.util.Locale;

/**
 * The database of the build's test server: H2 (the default, embedded) or the SQL Server that the
 * environment names ({@code DB_KIND=sqlserver} and {@code DB_HOST}, …, as for the server itself;
 * docs/testing.md, "Against SQL Server"). Second servers that a test starts use H2 of their own
 * unless the test gives them a database ({@link SecondServer}).
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** Whether the test server runs on SQL Server (else on its embedded H2 database). */
  public static boolean isSqlServer() {
    String kind = System.getenv("DB_KIND");
    return kind != null && kind.trim().toLowerCase(Locale.ROOT).equals("sqlserver");
  }

  /** The JDBC product name the test server's {@code /api/info} reports for its database. */
  public static String productName() {
    return isSqlServer() ? "Microsoft SQL Server" : "H2";
  }
}
