package org.example.zoo.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the build wrote into META-INF/zoo-build.properties: version, git revision, build time. */
public record BuildInfo(
    String name, String version, String revision, boolean dirty, String buildTime, String commitTime) {

  private static final String RESOURCE = "/META-INF/zoo-build.properties";

  public static BuildInfo load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuildInfo(
        value(p, "zoo.build.name"),
        value(p, "zoo.build.version"),
        value(p, "zoo.build.revision"),
        Boolean.parseBoolean(value(p, "zoo.build.dirty")),
        value(p, "zoo.build.time"),
        value(p, "zoo.build.commit-time"));
  }

  /** A property the build did not fill in (no git, say) reads "unknown", not "${...}". */
  private static String value(Properties p, String key) {
    String v = p.getProperty(key);
    return v == null || v.isBlank() || v.startsWith("${") ? "unknown" : v;
  }
}
