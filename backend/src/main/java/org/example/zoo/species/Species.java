package org.example.zoo.species;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.example.zoo.persistence.VersionedEntity;

@Entity
@Table(name = "species")
public class Species extends VersionedEntity {

  @Column(name = "common_name", nullable = false, length = 100)
  private String commonName;

  @Column(name = "scientific_name", nullable = false, length = 150)
  private String scientificName;

  @Enumerated(EnumType.STRING)
  @Column(name = "conservation_status", nullable = false, length = 2)
  private ConservationStatus conservationStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "diet", nullable = false, length = 12)
  private Diet diet;

  public String getCommonName() {
    return commonName;
  }

  public void setCommonName(String commonName) {
    this.commonName = commonName;
  }

  public String getScientificName() {
    return scientificName;
  }

  public void setScientificName(String scientificName) {
    this.scientificName = scientificName;
  }

  public ConservationStatus getConservationStatus() {
    return conservationStatus;
  }

  public void setConservationStatus(ConservationStatus conservationStatus) {
    this.conservationStatus = conservationStatus;
  }

  public Diet getDiet() {
    return diet;
  }

  public void setDiet(Diet diet) {
    this.diet = diet;
  }
}
