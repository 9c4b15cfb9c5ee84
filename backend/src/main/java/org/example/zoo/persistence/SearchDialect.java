package org.example.zoo.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which {@link LikeDialect} the database speaks, asked of the database once. */
@ApplicationScoped
public class SearchDialect {

  @Resource(lookup = "jdbc/zoo")
  DataSource dataSource;

  private volatile LikeDialect dialect;

  public LikeDialect get() {
    LikeDialect known = dialect;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = LikeDialect.of(connection.getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw new PersistenceException("cannot ask the database which product it is", e);
      }
      dialect = known;
    }
    return known;
  }
}
