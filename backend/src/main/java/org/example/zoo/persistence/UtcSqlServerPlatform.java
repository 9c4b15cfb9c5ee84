package org.example.zoo.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.expressions.ExpressionOperator;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.SQLServerPlatform;

/**
 * EclipseLink's SQL Server platform (also used on H2 in MSSQLServer mode, whose own platform breaks
 * IDENTITY and paging there) with the two places where the databases answer differently made exact.
 * Named in persistence.xml as eclipselink.target-database.
 *
 * <ul>
 *   <li><b>Counts are {@code long}</b>: T-SQL's {@code COUNT} is an {@code int}, mssql-jdbc reads
 *       it as an {@code Integer}, and EclipseLink hands that to a JPQL {@code SELECT COUNT(…)} that
 *       JPA types as {@code Long}: a {@code ClassCastException} on every count. On SQL Server
 *       JPQL's {@code COUNT} is therefore written {@code COUNT_BIG} (a {@code bigint}, read as a
 *       {@code Long}); H2's {@code COUNT} is a {@code BIGINT} already, and H2 has no {@code
 *       COUNT_BIG}. Which database it is comes from the server variable {@code DB_KIND} (the one
 *       that chooses the data source), so the SQL is right before the first connection is made.
 *   <li><b>Exact timestamps</b>: EclipseLink binds a LocalDateTime through {@code
 *       Timestamp.valueOf} and reads one through the JVM's zone, which moves times that fall into
 *       that zone's daylight-saving gap. Every timestamp column here holds UTC ({@link
 *       InstantConverter}), so both directions go through {@link UtcTimestamps} instead.
 * </ul>
 */
public class UtcSqlServerPlatform extends SQLServerPlatform {

  private static final long serialVersionUID = 1L;

  /** The server variable (or environment variable) naming the database: h2 or sqlserver. */
  static final String DB_KIND = "DB_KIND";

  private final boolean sqlServer;

  /** The platform for the database that {@code DB_KIND} names (default {@code h2}). */
  public UtcSqlServerPlatform() {
    this(configuredKind());
  }

  /**
   * @param dbKind {@code sqlserver} for Microsoft SQL Server, anything else for H2 in MSSQLServer
   *     mode
   */
  public UtcSqlServerPlatform(String dbKind) {
    this.sqlServer = "sqlserver".equals(dbKind.trim().toLowerCase(Locale.ROOT));
    // The operators may have been built by the super constructor, before the field was set.
    this.platformOperators = null;
  }

  private static String configuredKind() {
    return ConfigProvider.getConfig().getOptionalValue(DB_KIND, String.class).orElse("h2");
  }

  /** Whether this platform writes SQL for Microsoft SQL Server (else for H2). */
  public boolean isSqlServer() {
    return sqlServer;
  }

  @Override
  protected void initializePlatformOperators() {
    super.initializePlatformOperators();
    if (sqlServer) {
      ExpressionOperator countBig = new ExpressionOperator();
      ExpressionOperator.count().copyTo(countBig);
      countBig.printsAs(List.of("COUNT_BIG(", ")"));
      addOperator(countBig);
    }
  }

  @Override
  public void setParameterValueInDatabaseCall(
      Object parameter, PreparedStatement statement, int index, AbstractSession session)
      throws SQLException {
    if (parameter instanceof LocalDateTime utc) {
      UtcTimestamps.bind(statement, index, utc);
      return;
    }
    super.setParameterValueInDatabaseCall(parameter, statement, index, session);
  }

  /**
   * Off: EclipseLink's "optimized data conversion" reads TIMESTAMP columns itself, through the
   * JVM's zone, without asking the platform.
   */
  @Override
  public boolean shouldOptimizeDataConversion() {
    return false;
  }

  @Override
  public Object getObjectFromResultSet(
      ResultSet resultSet, int columnNumber, int type, AbstractSession session)
      throws SQLException {
    if (type == Types.TIMESTAMP) {
      return UtcTimestamps.read(resultSet, columnNumber);
    }
    return super.getObjectFromResultSet(resultSet, columnNumber, type, session);
  }
}
