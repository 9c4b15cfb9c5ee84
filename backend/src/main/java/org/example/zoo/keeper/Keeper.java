package org.example.zoo.keeper;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.example.zoo.enclosure.Enclosure;

@Entity
@Table(name = "keeper")
public class Keeper {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "full_name", nullable = false, length = 150)
  private String fullName;

  @Column(name = "email", nullable = false, length = 254)
  private String email;

  @Column(name = "hired_on", nullable = false)
  private LocalDate hiredOn;

  @ManyToMany
  @JoinTable(
      name = "keeper_enclosure",
      joinColumns = @JoinColumn(name = "keeper_id"),
      inverseJoinColumns = @JoinColumn(name = "enclosure_id"))
  private Set<Enclosure> enclosures = new HashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Long getId() {
    return id;
  }

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

  public Set<Enclosure> getEnclosures() {
    return enclosures;
  }

  public long getVersion() {
    return version;
  }
}
