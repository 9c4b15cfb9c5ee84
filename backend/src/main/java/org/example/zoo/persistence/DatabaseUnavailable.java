package org.example.zoo.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.example.zoo.problem.Causes;

/** Recognises "the database cannot be reached" in a failure's cause chain, for any driver. */
public final class DatabaseUnavailable {

  /** Connection-level SQL states beyond the standard class 08: H2's "connection is broken". */
  private static final Set<String> VENDOR_STATES = Set.of("90067", "90098");

  private DatabaseUnavailable() {}

  /** Either kind: the database cannot be reached, or it refuses the login. */
  public static boolean cannotConnect(Throwable e) {
    return isUnavailable(e) || isLoginRefused(e);
  }

  public static boolean isUnavailable(Throwable e) {
    return Causes.any(e, DatabaseUnavailable::isConnectionFailure);
  }

  private static boolean isConnectionFailure(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException
        || t instanceof java.net.ConnectException
        || t instanceof java.net.SocketException
        || t.getClass().getName().startsWith("jakarta.resource.")) {
      return true;
    }
    return t instanceof SQLException sql
        && sql.getSQLState() != null
        && (sql.getSQLState().startsWith("08") || VENDOR_STATES.contains(sql.getSQLState()));
  }

  /**
   * Login refused (wrong password, missing database): the database answers but will not let us in.
   */
  public static boolean isLoginRefused(Throwable e) {
    return Causes.any(e, t -> sqlStateStartsWith(t, "28"));
  }

  /** Whether the failure is an SQLException whose SQL state has this class (first characters). */
  public static boolean sqlStateStartsWith(Throwable t, String prefix) {
    return t instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith(prefix);
  }
}
