package org.example.zoo.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What SQL Server gets that H2 cannot show: CI runs on H2, where VARCHAR and NVARCHAR are one type,
 * so these read the data source and the migrations that only SQL Server runs.
 */
class SqlServerSchemaTest {

  private static final Path CONFIG = Path.of("src/main/liberty/config");
  private static final Path RESOURCES = Path.of("src/main/resources/db");

  private static final Pattern CREATE_TABLE =
      Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
  private static final Pattern COLUMN =
      Pattern.compile("^\\s*(\\w+)\\s+([A-Z_]+)", Pattern.MULTILINE);
  private static final Pattern ALTER_COLUMN =
      Pattern.compile("ALTER TABLE (\\w+) (?:ALTER COLUMN|ADD) (\\w+) ([A-Z_]+)");
  private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

  /**
   * Strings are bound as nvarchar: with Liberty's default (false) every character outside the
   * database's code page is stored as "?".
   */
  @Test
  void sqlServerBindsStringsAsUnicode() throws IOException {
    String xml = Files.readString(CONFIG.resolve("datasource-sqlserver.xml"));
    assertTrue(xml.contains("sendStringParametersAsUnicode=\"true\""), xml);
  }

  /** READ COMMITTED on both databases: Liberty's default for SQL Server is REPEATABLE READ. */
  @Test
  void bothDataSourcesDeclareReadCommitted() throws IOException {
    for (String kind : List.of("h2", "sqlserver")) {
      String xml = Files.readString(CONFIG.resolve("datasource-" + kind + ".xml"));
      assertTrue(
          xml.contains("isolationLevel=\"TRANSACTION_READ_COMMITTED\""),
          () -> "datasource-" + kind + ".xml: " + xml);
    }
  }

  /**
   * After every migration SQL Server runs (shared, then its own, by version), no column is varchar
   * or char: a string parameter is nvarchar, and one compared with a varchar column makes SQL
   * Server convert the column and scan instead of seeking.
   */
  @Test
  void everyTextColumnOnSqlServerIsNational() throws IOException {
    Map<String, String> types = new TreeMap<>();
    for (Path migration : sqlServerMigrations()) {
      String sql = Files.readString(migration).replaceAll("--[^\\n]*", "");
      Matcher table = CREATE_TABLE.matcher(sql);
      while (table.find()) {
        Matcher column = COLUMN.matcher(table.group(2));
        while (column.find()) {
          if (!column.group(1).equals("CONSTRAINT")) {
            types.put(table.group(1) + "." + column.group(1), column.group(2));
          }
        }
      }
      Matcher altered = ALTER_COLUMN.matcher(sql);
      while (altered.find()) {
        if (!altered.group(2).equals("CONSTRAINT")) {
          types.put(altered.group(1) + "." + altered.group(2), altered.group(3));
        }
      }
    }
    assertTrue(types.size() > 40, () -> "read the schema's columns: " + types);
    List<String> narrow =
        types.entrySet().stream()
            .filter(e -> e.getValue().equals("VARCHAR") || e.getValue().equals("CHAR"))
            .map(e -> e.getKey() + " " + e.getValue())
            .toList();
    assertEquals(List.of(), narrow, "varchar/char columns on SQL Server");
  }

  private static List<Path> sqlServerMigrations() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path dir :
        List.of(RESOURCES.resolve("migration"), RESOURCES.resolve("vendor/sqlserver"))) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(f -> VERSION.matcher(f.getFileName().toString()).matches()).forEach(all::add);
      }
    }
    all.sort(Comparator.comparingInt(SqlServerSchemaTest::version));
    return all;
  }

  private static int version(Path migration) {
    Matcher m = VERSION.matcher(migration.getFileName().toString());
    m.matches();
    return Integer.parseInt(m.group(1));
  }
}
