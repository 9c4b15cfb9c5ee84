package org.example.zoo.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.example.zoo.migration.DatabaseMigrator;
import org.example.zoo.user.PasswordHashing;
import org.example.zoo.user.PasswordPolicy;

/**
 * The first administrator of a database without demo data: created once the schema is migrated,
 * when ZOO_AUTH_ADMIN_PASSWORD (or _FILE) is set and no user has the name zoo.auth.admin-username.
 * An existing user is never changed, so the variable can stay set. The password must pass the
 * {@link PasswordPolicy}, as every password set through the API does. Plain JDBC: this runs on the
 * migration thread, outside any request.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Resource(lookup = "jdbc/zoo")
  DataSource dataSource;

  @Inject AuthConfig config;

  void migrated(@Observes DatabaseMigrator.DatabaseInfo info) throws SQLException {
    Optional<String> password = config.adminPassword();
    if (password.isEmpty()) {
      warnIfNobodyCanSignIn();
      return;
    }
    String username = config.adminUsername().strip();
    Optional<String> weakness = PasswordPolicy.weakness(password.get(), username);
    if (weakness.isPresent()) {
      // The same policy as the users API; the log names the rule, never the password.
      LOG.severe(
          "ZOO_AUTH_ADMIN_PASSWORD "
              + weakness.get()
              + ": no administrator was created. Set another one and restart.");
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (exists(connection, username)) {
        return;
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO app_user (username, password_hash, role, failed_logins, version)"
                  + " VALUES (?, ?, 'ADMIN', 0, 1)")) {
        insert.setString(1, username);
        insert.setString(2, PasswordHashing.hash(password.get().toCharArray()));
        insert.executeUpdate();
      }
    }
    LOG.info(
        () ->
            "Created the administrator " + username + " (password from ZOO_AUTH_ADMIN_PASSWORD).");
  }

  /**
   * A database without users (SQL Server and the prod profile have no demo users) and no first
   * administrator to create: the server runs, and nobody can sign in. Said once, at start-up.
   */
  private void warnIfNobodyCanSignIn() throws SQLException {
    if (!config.login()) {
      return; // an identity provider signs users in
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT TOP 1 id FROM app_user");
        ResultSet rows = query.executeQuery()) {
      if (!rows.next()) {
        LOG.warning(
            "No user exists and ZOO_AUTH_ADMIN_PASSWORD is not set: nobody can sign in. Set it (the"
                + " administrator "
                + config.adminUsername().strip()
                + " is created at the next start), or ZOO_DEMO_DATA=true on a throw-away database.");
      }
    }
  }

  /** Whether a user has this name, compared without regard to case (docs/api.md). */
  private static boolean exists(Connection connection, String username) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM app_user WHERE LOWER(username) = ?")) {
      query.setString(1, username.toLowerCase(java.util.Locale.ROOT));
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}
