package org.example.zoo.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Recognises "the database cannot be reached" in a failure's cause chain, for any driver. */
public final class DatabaseUnavailable {

  /** Connection-level SQL states beyond the standard class 08: H2's "connection is broken". */
  private static final Set<String> VENDOR_STATES = Set.of("90067", "90098");

  private DatabaseUnavailable() {}

  public static boolean isUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof java.net.ConnectException
          || t instanceof java.net.SocketException
          || t.getClass().getName().startsWith("jakarta.resource.")) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || VENDOR_STATES.contains(state)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Login refused (wrong password, missing database): the database answers but will not let us in.
   */
  public static boolean isLoginRefused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("28")) {
        return true;
      }
    }
    return false;
  }
}
