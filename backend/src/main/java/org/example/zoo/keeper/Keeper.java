package org.example.zoo.keeper;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.example.zoo.enclosure.Enclosure;
import org.example.zoo.persistence.VersionedEntity;
import org.example.zoo.user.UserAccount;

@Entity
@Table(name = "keeper")
public class Keeper extends VersionedEntity {

  @Column(name = "full_name", nullable = false, length = 150)
  private String fullName;

  @Column(name = "email", nullable = false, length = 254)
  private String email;

  @Column(name = "hired_on", nullable = false)
  private LocalDate hiredOn;

  // A page of keepers reads all their assignments in one more query (IN), not one per keeper.
  @ManyToMany
  @BatchFetch(BatchFetchType.IN)
  @JoinTable(
      name = "keeper_enclosure",
      joinColumns = @JoinColumn(name = "keeper_id"),
      inverseJoinColumns = @JoinColumn(name = "enclosure_id"))
  private Set<Enclosure> enclosures = new HashSet<>();

  /**
   * The sign-in user who is this keeper, if an administrator linked one: they record feedings as
   * this keeper. A row of keeper_user (no row: none), read in one more query per page like the
   * assignments.
   */
  @OneToOne(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @JoinTable(
      name = "keeper_user",
      joinColumns = @JoinColumn(name = "keeper_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private UserAccount user;

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public LocalDate getHiredOn() {
    return hiredOn;
  }

  public void setHiredOn(LocalDate hiredOn) {
    this.hiredOn = hiredOn;
  }

  public UserAccount getUser() {
    return user;
  }

  public void setUser(UserAccount user) {
    this.user = user;
  }

  public Set<Enclosure> getEnclosures() {
    return enclosures;
  }
}
