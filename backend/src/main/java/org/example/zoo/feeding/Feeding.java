package org.example.zoo.feeding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import org.example.zoo.animal.Animal;
import org.example.zoo.keeper.Keeper;
import org.example.zoo.persistence.VersionedEntity;

@Entity
@Table(name = "feeding")
public class Feeding extends VersionedEntity {

  // Read in the same query as the feeding: every answer names the animal and who fed it.
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinFetch(JoinFetchType.INNER)
  @JoinColumn(name = "animal_id", nullable = false)
  private Animal animal;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @Column(name = "food", nullable = false, length = 100)
  private String food;

  @Column(name = "quantity_grams", nullable = false)
  private int quantityGrams;

  @Column(name = "fed_at")
  private Instant fedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinFetch(JoinFetchType.OUTER)
  @JoinColumn(name = "fed_by_keeper_id")
  private Keeper fedBy;

  public boolean isCompleted() {
    return fedAt != null;
  }

  /** Records who fed the animal and when; a feeding is completed once only. */
  public void complete(Keeper keeper, Instant when) {
    if (isCompleted()) {
      throw new IllegalStateException("feeding " + getId() + " is already completed");
    }
    this.fedBy = keeper;
    this.fedAt = when;
  }

  public Animal getAnimal() {
    return animal;
  }

  public void setAnimal(Animal animal) {
    this.animal = animal;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public void setScheduledAt(Instant scheduledAt) {
    this.scheduledAt = scheduledAt;
  }

  public String getFood() {
    return food;
  }

  public void setFood(String food) {
    this.food = food;
  }

  public int getQuantityGrams() {
    return quantityGrams;
  }

  public void setQuantityGrams(int quantityGrams) {
    this.quantityGrams = quantityGrams;
  }

  public Instant getFedAt() {
    return fedAt;
  }

  public Keeper getFedBy() {
    return fedBy;
  }
}
