package org.example.zoo.enclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.example.zoo.persistence.VersionedEntity;

@Entity
@Table(name = "enclosure")
public class Enclosure extends VersionedEntity {

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "habitat", nullable = false, length = 12)
  private Habitat habitat;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "area_square_meters", nullable = false, precision = 10, scale = 2)
  private BigDecimal areaSquareMeters;

  /** Incremented on every change, and whenever an animal moves in (see AnimalService). */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Habitat getHabitat() {
    return habitat;
  }

  public void setHabitat(Habitat habitat) {
    this.habitat = habitat;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }

  public BigDecimal getAreaSquareMeters() {
    return areaSquareMeters;
  }

  public void setAreaSquareMeters(BigDecimal areaSquareMeters) {
    this.areaSquareMeters = areaSquareMeters;
  }
}
