package org.example.zoo.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live = the process can still do work. Looks at the process only, never at the database: a restart
 * does not fix a database. DOWN when the heap stays nearly full even after garbage collection, the
 * state in which a JVM thrashes and a restart does help.
 */
@Liveness
@ApplicationScoped
public class MemoryLivenessCheck implements HealthCheck {

  static final double MAX_FILL_AFTER_GC = 0.95;

  @Override
  public HealthCheckResponse call() {
    long used = 0;
    long max = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && afterGc != null && pool.getUsage().getMax() > 0) {
        used += afterGc.getUsed();
        max += pool.getUsage().getMax();
      }
    }
    double fill = max == 0 ? 0 : (double) used / max;
    return HealthCheckResponse.named("memory")
        .status(fill < MAX_FILL_AFTER_GC)
        .withData("heapUsedAfterGcBytes", used)
        .withData("heapMaxBytes", max)
        .build();
  }
}
