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
import org.example.zoo.platform.DatabaseMigrator;
import org.example.zoo.user.PasswordHashing;

/**
 * The first administrator of a database without demo data: created once the schema is migrated,
 * when ZOO_AUTH_ADMIN_PASSWORD (or _FILE) is set and no user has the name zoo.auth.admin-username.
 * An existing user is never changed, so the variable can stay set. Plain JDBC: this runs on the
 * migration thread, outside any request.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
  static final int MIN_PASSWORD_LENGTH = 12;

  @Resource(lookup = "jdbc/zoo")
  DataSource dataSource;

  @Inject AuthConfig config;

  void migrated(@Observes DatabaseMigrator.DatabaseInfo info) throws SQLException {
    Optional<String> password = config.adminPassword();
    if (password.isEmpty()) {
      return;
    }
    String username = config.adminUsername().strip();
    if (password.get().length() < MIN_PASSWORD_LENGTH) {
      LOG.severe(
          "ZOO_AUTH_ADMIN_PASSWORD has fewer than "
              + MIN_PASSWORD_LENGTH
              + " characters: no administrator was created.");
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

  private static boolean exists(Connection connection, String username) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM app_user WHERE username = ?")) {
      query.setString(1, username);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}
