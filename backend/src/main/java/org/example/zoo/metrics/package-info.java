/**
 * The zoo's own gauges on {@code /metrics} (MicroProfile Metrics): feedings due and occupancy and
 * capacity per enclosure, read from the database at most every 10 s, NaN while it cannot be
 * reached. The server's request, pool and JVM metrics come from Liberty itself.
 */
package org.example.zoo.metrics;
