package org.example.devloop.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the file change agent learns which files of the loose applications changed. */
interface Changes extends AutoCloseable {

  /** What changed: the files (absolute), and whether changes were lost (too many at once). */
  record Batch(Set<Path> files, boolean lost) {
    boolean isEmpty() {
      return files.isEmpty() && !lost;
    }
  }

  /**
   * The changes noticed next.
   *
   * @param waitMillis how long to wait for one; negative: until there is one
   * @return the changes; empty if none came within {@code waitMillis}
   */
  Batch next(long waitMillis) throws IOException, InterruptedException;

  @Override
  void close() throws IOException;

  /**
   * The operating system's file notifications ({@link NotifiedChanges}), or, with {@code
   * pollMillis} > 0, a scan of the files' modification times at that interval ({@link
   * PolledChanges}: for file systems that do not notify, such as some containers' shared folders).
   *
   * @param places directory -> the file names to report in it, or an empty list for everything
   *     below it ({@link LooseApplications#watchedPlaces})
   */
  static Changes of(Map<Path, List<String>> places, long pollMillis) throws IOException {
    return pollMillis > 0
        ? new PolledChanges(places, pollMillis)
        : new NotifiedChanges(places);
  }
}
