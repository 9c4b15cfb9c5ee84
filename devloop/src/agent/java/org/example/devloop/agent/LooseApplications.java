package org.example.devloop.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a Liberty server's loose application definitions ({@code apps/<name>.war.xml}, written by
 * the Liberty Maven plugin in dev mode) name: the applications, and the directories and files on
 * disk that make them up.
 */
final class LooseApplications {

  private static final Pattern SOURCE_ON_DISK =
      Pattern.compile("<(dir|file)\\b[^>]*\\bsourceOnDisk=\"([^\"]+)\"");

  private static final Pattern CLASSES_DIR =
      Pattern.compile(
          "<dir\\b(?=[^>]*\\btargetInArchive=\"/?WEB-INF/classes/?\")[^>]*\\bsourceOnDisk=\"([^\"]+)\"");

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

  private LooseApplications() {}

  /**
   * The directory of the server's loose application definitions: {@code <working
   * directory>/apps} (a server whose output directory is its configuration directory, as in local
   * dev mode), else {@code <user directory>/servers/<server>/apps} of the server this JVM runs (an
   * Open Liberty image, whose output directory is elsewhere and whose configuration directory is
   * {@code /config}); the first that holds a definition, or the first if none does.
   */
  static Path appsDirectory() throws IOException {
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of(System.getProperty("user.dir"), "apps"));
    List<String> command = command();
    if (command.size() > 1 && command.get(0).endsWith("ws-server.jar")) {
      Path wlp = Path.of(command.get(0)).toAbsolutePath().getParent().getParent().getParent();
      String userDir = System.getenv("WLP_USER_DIR");
      Path usr = userDir != null ? Path.of(userDir) : wlp.resolve("usr");
      command.stream()
          .skip(1)
          .filter(a -> !a.startsWith("-"))
          .findFirst()
          .ifPresent(server -> candidates.add(usr.resolve("servers").resolve(server).resolve("apps")));
    }
    for (Path candidate : candidates) {
      if (!definitions(candidate).isEmpty()) {
        return candidate;
      }
    }
    return candidates.get(0);
  }

  /**
   * A path from a definition with its Liberty variables ({@code ${name}}) replaced: from the
   * server's command-line variables ({@code --name=value}, as liberty:devc passes the project's
   * root), system properties, then environment variables. An unknown variable stays as written.
   */
  static String resolve(String path) {
    Matcher m = VARIABLE.matcher(path);
    StringBuilder resolved = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value =
          command().stream()
              .filter(a -> a.startsWith("--" + name + "="))
              .map(a -> a.substring(name.length() + 3))
              .findFirst()
              .orElseGet(
                  () -> System.getProperty(name, System.getenv(name)));
      m.appendReplacement(resolved, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(resolved);
    return resolved.toString();
  }

  /** This JVM's main class or jar and its arguments (the JDK's {@code sun.java.command}). */
  private static List<String> command() {
    String command = System.getProperty("sun.java.command", "");
    return command.isBlank() ? List.of() : List.of(command.trim().split("\\s+"));
  }

  /**
   * The directories that the loose application definitions in {@code apps} map to {@code
   * WEB-INF/classes}: where the applications' compiled classes are.
   */
  static List<Path> classRoots(Path apps) throws IOException {
    List<Path> roots = new ArrayList<>();
    for (Path definition : definitions(apps)) {
      Matcher m = CLASSES_DIR.matcher(Files.readString(definition));
      while (m.find()) {
        roots.add(Path.of(resolve(m.group(1))));
      }
    }
    return roots;
  }

  private static List<Path> definitions(Path apps) throws IOException {
    if (!Files.isDirectory(apps)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(apps)) {
      return files.filter(p -> p.toString().endsWith(".xml")).toList();
    }
  }

  /**
   * The directories to watch (recursively) and the single files (through their parent directory)
   * that the loose application definitions in {@code apps} map into applications; empty when
   * there is none.
   *
   * @param apps a server's {@code apps} directory
   * @return directory -> the file names to report in it, or an empty list for "everything below"
   */
  static Map<Path, List<String>> watchedPlaces(Path apps) throws IOException {
    Map<Path, List<String>> places = new HashMap<>();
    for (Path definition : definitions(apps)) {
      Matcher m = SOURCE_ON_DISK.matcher(Files.readString(definition));
      while (m.find()) {
        Path source = Path.of(resolve(m.group(2)));
        if (m.group(1).equals("dir")) {
          places.put(source, List.of());
        } else if (source.getParent() != null) {
          places.merge(
              source.getParent(),
              List.of(source.getFileName().toString()),
              (known, added) ->
                  known.isEmpty() ? known : Stream.concat(known.stream(), added.stream()).toList());
        }
      }
    }
    return places;
  }

  /**
   * The applications that the loose definitions in {@code apps} describe: a definition's file name
   * without its {@code .war.xml} or {@code .ear.xml}, Liberty's default application name.
   */
  static List<String> names(Path apps) throws IOException {
    try (Stream<Path> files = Files.list(apps)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".xml"))
          .map(n -> n.replaceFirst("\\.(war|ear)?\\.?xml$", ""))
          .sorted()
          .toList();
    }
  }
}
