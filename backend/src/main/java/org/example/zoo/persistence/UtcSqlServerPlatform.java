package org.example.zoo.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.SQLServerPlatform;

/**
 * EclipseLink's SQL Server platform (also used on H2 in MSSQLServer mode) with exact timestamps:
 * EclipseLink binds a LocalDateTime through {@code Timestamp.valueOf} and reads one through the
 * JVM's zone, which moves times that fall into that zone's daylight-saving gap. Every timestamp
 * column here holds UTC ({@link InstantConverter}), so both directions go through {@link
 * UtcTimestamps} instead. Named in persistence.xml as eclipselink.target-database.
 */
public class UtcSqlServerPlatform extends SQLServerPlatform {

  private static final long serialVersionUID = 1L;

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
