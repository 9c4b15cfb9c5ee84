package org.example.zoo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every entity has: the id the database generates (column {@code id}, an identity column) and
 * the optimistic-lock version (column {@code version}, 1 for a new row) that a full update must
 * name.
 */
@MappedSuperclass
public abstract class VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** Null until persisted. */
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }
}
