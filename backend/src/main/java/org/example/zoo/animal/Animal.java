package org.example.zoo.animal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import org.example.zoo.enclosure.Enclosure;
import org.example.zoo.persistence.VersionedEntity;
import org.example.zoo.problem.FieldError;
import org.example.zoo.species.Species;

@Entity
@Table(name = "animal")
public class Animal extends VersionedEntity {

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  // Read in the same query as the animal: every answer about an animal names its species and
  // enclosure (one query for a page of animals instead of one more per animal and relation).
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinFetch(JoinFetchType.INNER)
  @JoinColumn(name = "species_id", nullable = false)
  private Species species;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinFetch(JoinFetchType.OUTER)
  @JoinColumn(name = "enclosure_id")
  private Enclosure enclosure;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, length = 7)
  private Sex sex;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "arrival_date", nullable = false)
  private LocalDate arrivalDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 11)
  private AnimalStatus status;

  @Column(name = "notes", length = 2000)
  private String notes;

  /**
   * The rules that involve more than one field. Single-field rules (required, not in the future)
   * are Bean Validation constraints on the request.
   */
  public static List<FieldError> checkRules(
      AnimalStatus status, Long enclosureId, LocalDate dateOfBirth, LocalDate arrivalDate) {
    List<FieldError> errors = new ArrayList<>();
    if (status == AnimalStatus.ACTIVE && enclosureId == null) {
      errors.add(new FieldError("enclosureId", "is required for an ACTIVE animal"));
    }
    if (dateOfBirth != null && arrivalDate != null && dateOfBirth.isAfter(arrivalDate)) {
      errors.add(new FieldError("dateOfBirth", "must not be after the arrival date"));
    }
    return errors;
  }

  public boolean isActive() {
    return status == AnimalStatus.ACTIVE;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Species getSpecies() {
    return species;
  }

  public void setSpecies(Species species) {
    this.species = species;
  }

  public Enclosure getEnclosure() {
    return enclosure;
  }

  public void setEnclosure(Enclosure enclosure) {
    this.enclosure = enclosure;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public LocalDate getArrivalDate() {
    return arrivalDate;
  }

  public void setArrivalDate(LocalDate arrivalDate) {
    this.arrivalDate = arrivalDate;
  }

  public AnimalStatus getStatus() {
    return status;
  }

  public void setStatus(AnimalStatus status) {
    this.status = status;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
