package org.example.devloop.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Changes found by comparing the files' modification times and sizes at an interval: for file
 * systems whose changes do not raise notifications where the server runs (a container's folder
 * shared from another machine or virtual machine). The same scan as Liberty's polled application
 * monitor, without its two confirming scans and its 200 ms wait.
 */
final class PolledChanges implements Changes {

  private record Stamp(long modified, long size) {}

  private final Map<Path, List<String>> places;
  private final long intervalMillis;
  private Map<Path, Stamp> last;

  PolledChanges(Map<Path, List<String>> places, long intervalMillis) throws IOException {
    this.places = places;
    this.intervalMillis = intervalMillis;
    this.last = scan();
  }

  @Override
  public Batch next(long waitMillis) throws IOException, InterruptedException {
    long deadline = waitMillis < 0 ? Long.MAX_VALUE : System.currentTimeMillis() + waitMillis;
    do {
      Thread.sleep(intervalMillis);
      Map<Path, Stamp> now = scan();
      Set<Path> files = new LinkedHashSet<>();
      for (Map.Entry<Path, Stamp> file : now.entrySet()) {
        if (!Objects.equals(last.get(file.getKey()), file.getValue())) {
          files.add(file.getKey());
        }
      }
      for (Path gone : last.keySet()) {
        if (!now.containsKey(gone)) {
          files.add(gone);
        }
      }
      last = now;
      if (!files.isEmpty()) {
        return new Batch(files, false);
      }
    } while (System.currentTimeMillis() < deadline);
    return new Batch(Set.of(), false);
  }

  private Map<Path, Stamp> scan() throws IOException {
    Map<Path, Stamp> stamps = new HashMap<>();
    try {
      for (Map.Entry<Path, List<String>> place : places.entrySet()) {
        Path dir = place.getKey();
        if (!Files.isDirectory(dir)) {
          continue;
        }
        if (place.getValue().isEmpty()) {
          try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(f -> stamp(f, stamps));
          }
        } else {
          place.getValue().forEach(name -> stamp(dir.resolve(name), stamps));
        }
      }
    } catch (UncheckedIOException e) {
      // a file deleted while walking: the next scan sees the rest
    }
    return stamps;
  }

  private static void stamp(Path file, Map<Path, Stamp> stamps) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (a.isRegularFile()) {
        stamps.put(file, new Stamp(a.lastModifiedTime().toMillis(), a.size()));
      }
    } catch (IOException e) {
      // gone since it was listed: not there
    }
  }

  @Override
  public void close() {}
}
