package org.example.zoo.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The zoo's gauges on {@code /metrics} (application scope), in Prometheus names:
 *
 * <ul>
 *   <li>{@code zoo_feedings_due}: unfed feedings scheduled at or before now;
 *   <li>{@code zoo_enclosure_occupancy{enclosure="<name>"}}: ACTIVE animals in the enclosure;
 *   <li>{@code zoo_enclosure_capacity{enclosure="<name>"}}: its capacity, in animals.
 * </ul>
 *
 * <p>A scrape reads a snapshot at most {@link #MAX_AGE} old, so that scrapes from several
 * monitoring systems cost at most three queries per interval. Enclosures created, renamed or
 * removed since the last snapshot gain or lose their series at the next one. While the database
 * cannot be read, every gauge reports NaN (unknown), never a stale number.
 */
@ApplicationScoped
public class ZooGauges {

  static final Duration MAX_AGE = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(ZooGauges.class.getName());
  private static final String OCCUPANCY = "zoo.enclosure.occupancy";
  private static final String CAPACITY = "zoo.enclosure.capacity";

  @Inject MetricRegistry registry;
  @Inject ZooSnapshot snapshots;

  private ZooSnapshot.Values current;
  private boolean failed;
  private final Set<String> registered = new HashSet<>();

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.gauge(
        Metadata.builder()
            .withName("zoo.feedings.due")
            .withDescription("Unfed feedings scheduled at or before now")
            .withUnit(MetricUnits.NONE)
            .build(),
        this,
        gauges -> gauges.value(v -> v.feedingsDue()));
  }

  private synchronized double value(ToDoubleFunction<ZooSnapshot.Values> read) {
    refreshIfOld();
    return failed || current == null ? Double.NaN : read.applyAsDouble(current);
  }

  private synchronized double enclosure(String name, boolean capacity) {
    refreshIfOld();
    ZooSnapshot.Occupancy o = failed || current == null ? null : current.enclosures().get(name);
    if (o == null) {
      return Double.NaN;
    }
    return capacity ? o.capacity() : o.animals();
  }

  private void refreshIfOld() {
    if (current != null && current.takenAt().plus(MAX_AGE).isAfter(Instant.now())) {
      return;
    }
    try {
      current = snapshots.take();
      failed = false;
    } catch (RuntimeException e) {
      if (!failed) {
        LOG.log(Level.WARNING, "Zoo gauges: the database cannot be read; gauges report NaN", e);
      }
      failed = true;
      // Keep the failed snapshot's time, so that the next scrape within MAX_AGE does not retry.
      current =
          new ZooSnapshot.Values(
              Instant.now(), 0, current == null ? Map.of() : current.enclosures());
      return;
    }
    Set<String> names = current.enclosures().keySet();
    for (String name : names) {
      if (registered.add(name)) {
        Tag tag = new Tag("enclosure", name);
        registry.gauge(
            Metadata.builder()
                .withName(OCCUPANCY)
                .withDescription("ACTIVE animals living in the enclosure")
                .build(),
            this,
            gauges -> gauges.enclosure(name, false),
            tag);
        registry.gauge(
            Metadata.builder()
                .withName(CAPACITY)
                .withDescription("Animals the enclosure can hold")
                .build(),
            this,
            gauges -> gauges.enclosure(name, true),
            tag);
      }
    }
    registered.removeIf(
        name -> {
          if (names.contains(name)) {
            return false;
          }
          Tag tag = new Tag("enclosure", name);
          registry.remove(new MetricID(OCCUPANCY, tag));
          registry.remove(new MetricID(CAPACITY, tag));
          return true;
        });
  }
}
