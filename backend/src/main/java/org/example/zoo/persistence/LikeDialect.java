package org.example.zoo.persistence;

import java.util.Locale;

/**
 * How each database reads a LIKE pattern, and so what a search text must escape to be matched
 * literally. Both use {@code ESCAPE '\'}. H2 treats {@code %} and {@code _} as wildcards and
 * refuses the escape character before any other character; SQL Server also reads {@code [...]} as a
 * character class ({@code [b]}, {@code [^b]}, {@code [a-c]}), so its {@code [} is escaped too
 * ({@code ]} and {@code ^} mean nothing outside a class).
 */
public enum LikeDialect {
  H2("\\%_"),
  SQL_SERVER("\\%_[");

  public static final char ESCAPE = '\\';

  private final String special;

  LikeDialect(String special) {
    this.special = special;
  }

  /** The dialect of a JDBC DatabaseMetaData product name. */
  public static LikeDialect of(String productName) {
    return productName.toUpperCase(Locale.ROOT).contains("H2") ? H2 : SQL_SERVER;
  }

  /** {@code %text%} with every character this dialect would not take literally escaped. */
  public String containing(String text) {
    StringBuilder pattern = new StringBuilder(text.length() + 8).append('%');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (special.indexOf(c) >= 0) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
