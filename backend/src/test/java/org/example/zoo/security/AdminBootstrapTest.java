package org.example.zoo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first administrator, on a database without users (SQL Server has no demo users). */
class AdminBootstrapTest {

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private final AdminBootstrap bootstrap = new AdminBootstrap();
  private final List<String> log = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          log.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Connection keepAlive;

  @BeforeEach
  void emptyUsersTable() throws SQLException {
    dataSource.setURL("jdbc:h2:mem:bootstrap;MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    keepAlive = dataSource.getConnection();
    run(
        "CREATE TABLE app_user (id BIGINT IDENTITY(1,1) PRIMARY KEY, username VARCHAR(50) NOT NULL,"
            + " password_hash VARCHAR(300) NOT NULL, role VARCHAR(10) NOT NULL,"
            + " failed_logins INT NOT NULL, version BIGINT NOT NULL)");
    bootstrap.dataSource = dataSource;
    bootstrap.config = new AuthConfig();
    bootstrap.config.login = true;
    bootstrap.config.adminUsername = "admin";
    bootstrap.config.adminPassword = Optional.empty();
    bootstrap.config.adminPasswordFile = Optional.empty();
    Logger.getLogger(AdminBootstrap.class.getName()).addHandler(capture);
  }

  @AfterEach
  void drop() throws SQLException {
    Logger.getLogger(AdminBootstrap.class.getName()).removeHandler(capture);
    run("DROP TABLE app_user");
    keepAlive.close();
  }

  private void run(String sql) throws SQLException {
    try (Statement statement = keepAlive.createStatement()) {
      statement.execute(sql);
    }
  }

  private List<String> usernames() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement statement = keepAlive.createStatement();
        ResultSet rows = statement.executeQuery("SELECT username FROM app_user")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  @Test
  void noUserAndNoAdministratorPasswordSaysNobodyCanSignIn() throws SQLException {
    bootstrap.migrated(null);
    assertTrue(
        log.stream().anyMatch(l -> l.startsWith("WARNING") && l.contains("nobody can sign in")),
        log::toString);
  }

  @Test
  void noWarningWhenSomeoneCanSignInOrAnIdentityProviderSignsIn() throws SQLException {
    bootstrap.config.login = false;
    bootstrap.migrated(null);
    bootstrap.config.login = true;
    run(
        "INSERT INTO app_user (username, password_hash, role, failed_logins, version)"
            + " VALUES ('keeper', 'x', 'KEEPER', 0, 1)");
    bootstrap.migrated(null);
    assertEquals(List.of(), log);
  }

  @Test
  void theAdministratorIsCreatedOnceWhateverTheCaseOfAnExistingName() throws SQLException {
    bootstrap.config.adminPassword = Optional.of("tapir-lantern-quartz-81");
    bootstrap.migrated(null);
    assertEquals(List.of("admin"), usernames());
    run("UPDATE app_user SET username = 'Admin'");
    bootstrap.migrated(null);
    assertEquals(List.of("Admin"), usernames(), "Admin is admin: names compare without case");
  }

  @Test
  void aWeakAdministratorPasswordCreatesNobodyAndTheLogSaysWhy() throws SQLException {
    for (String weak :
        List.of("too-short", "aaaaaaaaaaaa", "passwordpassword", "admin-admin-admin")) {
      log.clear();
      bootstrap.config.adminPassword = Optional.of(weak);
      bootstrap.migrated(null);
      assertEquals(List.of(), usernames(), weak);
      assertEquals(1, log.size(), log::toString);
      assertTrue(
          log.get(0).startsWith("SEVERE ZOO_AUTH_ADMIN_PASSWORD ")
              && log.get(0).contains("no administrator was created"),
          log::toString);
      assertTrue(!log.get(0).contains(weak), "the log repeats the password");
    }
  }
}
