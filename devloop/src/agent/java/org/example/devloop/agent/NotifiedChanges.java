package org.example.devloop.agent;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Changes from the operating system's file notifications ({@link WatchService}; inotify on Linux). */
final class NotifiedChanges implements Changes {

  private final WatchService watcher;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final Map<WatchKey, List<String>> only = new HashMap<>();

  NotifiedChanges(Map<Path, List<String>> places) throws IOException {
    watcher = FileSystems.getDefault().newWatchService();
    for (Map.Entry<Path, List<String>> place : places.entrySet()) {
      if (place.getValue().isEmpty()) {
        registerTree(place.getKey());
      } else if (Files.isDirectory(place.getKey())) {
        WatchKey key = register(place.getKey());
        only.put(key, place.getValue());
      }
    }
  }

  @Override
  public Batch next(long waitMillis) throws IOException, InterruptedException {
    WatchKey key =
        waitMillis < 0 ? watcher.take() : watcher.poll(waitMillis, TimeUnit.MILLISECONDS);
    Set<Path> files = new LinkedHashSet<>();
    boolean lost = false;
    while (key != null) {
      Path dir = keys.get(key);
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
          lost = true;
          continue;
        }
        Path name = (Path) event.context();
        List<String> names = only.get(key);
        if (names != null && !names.contains(name.toString())) {
          continue;
        }
        Path child = dir.resolve(name);
        files.add(child);
        if (names == null
            && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
            && Files.isDirectory(child)) {
          // files written before the new directory was watched raised no event: report them
          files.addAll(registerTree(child));
        }
      }
      if (!key.reset()) {
        keys.remove(key);
      }
      key = watcher.poll(); // whatever else is already there
    }
    return new Batch(files, lost);
  }

  /** Watches {@code root} and every directory below it; the files found there. */
  private List<Path> registerTree(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.toList()) {
        if (Files.isDirectory(path)) {
          register(path);
        } else {
          files.add(path);
        }
      }
    }
    return files;
  }

  private WatchKey register(Path dir) throws IOException {
    WatchKey key =
        dir.register(
            watcher,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
    keys.put(key, dir);
    return key;
  }

  @Override
  public void close() throws IOException {
    watcher.close();
  }
}
