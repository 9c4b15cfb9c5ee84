package org.example.zoo.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.expressions.ExpressionBuilder;
import org.eclipse.persistence.expressions.ExpressionOperator;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.queries.ReportQuery;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the platform writes JPQL's COUNT for each database, through EclipseLink's own query
 * machinery: SQL Server's {@code COUNT} is an {@code int} that mssql-jdbc reads as an {@code
 * Integer} (a ClassCastException where JPA promises a {@code Long}), so there it must be {@code
 * COUNT_BIG}; H2 has no {@code COUNT_BIG} and its {@code COUNT} is a {@code BIGINT}.
 */
class UtcSqlServerPlatformTest {

  /** A minimal mapped class: EclipseLink's report queries need a descriptor. */
  public static class Row {
    long id;
  }

  private static final String URL = "jdbc:h2:mem:platform-count;MODE=MSSQLServer;DB_CLOSE_DELAY=-1";

  private Connection keepAlive;

  @BeforeEach
  void table() throws SQLException {
    keepAlive = DriverManager.getConnection(URL, "sa", "");
    try (Statement statement = keepAlive.createStatement()) {
      statement.execute("CREATE TABLE row_table (id BIGINT PRIMARY KEY)");
      statement.execute("INSERT INTO row_table VALUES (1), (2), (3)");
    }
  }

  @AfterEach
  void drop() throws SQLException {
    try (Statement statement = keepAlive.createStatement()) {
      statement.execute("DROP TABLE row_table");
    }
    keepAlive.close();
  }

  private static DatabaseSession session(UtcSqlServerPlatform platform) {
    RelationalDescriptor descriptor = new RelationalDescriptor();
    descriptor.setJavaClass(Row.class);
    descriptor.setTableName("row_table");
    descriptor.addPrimaryKeyFieldName("row_table.id");
    descriptor.addDirectMapping("id", "id");
    Project project = new Project();
    project.addDescriptor(descriptor);
    DatabaseLogin login = new DatabaseLogin(platform);
    login.setDriverClassName("org.h2.Driver");
    login.setURL(URL);
    login.setUserName("sa");
    login.setPassword("");
    project.setLogin(login);
    DatabaseSession session = project.createDatabaseSession();
    session.setLogLevel(SessionLog.OFF);
    session.login();
    return session;
  }

  /** {@code SELECT COUNT(r.id) FROM Row r}, as EclipseLink builds it from JPQL: no result type. */
  private static ReportQuery count() {
    ExpressionBuilder row = new ExpressionBuilder();
    ReportQuery query = new ReportQuery(Row.class, row);
    query.addItem("count", row.get("id").count());
    query.setShouldReturnSingleValue(true);
    return query;
  }

  @Test
  void onSqlServerCountIsWrittenCountBig() {
    DatabaseSession session = session(new UtcSqlServerPlatform("sqlserver"));
    try {
      ReportQuery query = count();
      query.prepareCall(session, new DatabaseRecord());
      String sql = query.getSQLString();
      assertTrue(sql.contains("COUNT_BIG(id)"), sql);
    } finally {
      session.logout();
    }
  }

  @Test
  void onH2CountStaysCountAndIsReadAsLong() {
    DatabaseSession session = session(new UtcSqlServerPlatform("h2"));
    try {
      ReportQuery query = count();
      query.prepareCall(session, new DatabaseRecord());
      assertFalse(query.getSQLString().contains("COUNT_BIG"), query.getSQLString());
      Object count = session.executeQuery(count());
      assertInstanceOf(Long.class, count, "what JPA's COUNT promises");
      assertEquals(3L, count);
    } finally {
      session.logout();
    }
  }

  /** H2 with COUNT typed as SQL Server types it: an int. */
  static class IntCountPlatform extends UtcSqlServerPlatform {

    private static final long serialVersionUID = 1L;

    IntCountPlatform() {
      super("h2");
    }

    @Override
    protected void initializePlatformOperators() {
      super.initializePlatformOperators();
      ExpressionOperator intCount = new ExpressionOperator();
      ExpressionOperator.count().copyTo(intCount);
      intCount.printsAs(List.of("CAST(COUNT(", ") AS INT)"));
      addOperator(intCount);
    }
  }

  /**
   * Why COUNT_BIG: a count that the driver returns as an int reaches the caller as an Integer,
   * unconverted, on the path JPQL takes.
   */
  @Test
  void anIntCountReachesTheCallerAsInteger() {
    DatabaseSession session = session(new IntCountPlatform());
    try {
      assertInstanceOf(Integer.class, session.executeQuery(count()));
    } finally {
      session.logout();
    }
  }

  @Test
  void theDatabaseKindIsReadWithoutRegardToCaseAndSpace() {
    assertTrue(new UtcSqlServerPlatform(" SQLServer ").isSqlServer());
    assertFalse(new UtcSqlServerPlatform("h2").isSqlServer());
  }
}
