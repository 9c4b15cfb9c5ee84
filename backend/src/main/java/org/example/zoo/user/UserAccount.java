package org.example.zoo.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.example.zoo.persistence.VersionedEntity;

/** A user of the built-in login. The password hash never leaves the server. */
@Entity
@Table(name = "app_user")
public class UserAccount extends VersionedEntity {

  @Column(name = "username", nullable = false, length = 50)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 10)
  private Role role;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  /** Counted up when the user's rights change: the access tokens of earlier generations end. */
  @Column(name = "token_generation", nullable = false)
  private int tokenGeneration;

  protected UserAccount() {}

  public UserAccount(String username, String passwordHash, Role role) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public void setFailedLogins(int failedLogins) {
    this.failedLogins = failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public void setLockedUntil(Instant lockedUntil) {
    this.lockedUntil = lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public void setLastLoginAt(Instant lastLoginAt) {
    this.lastLoginAt = lastLoginAt;
  }

  public int getTokenGeneration() {
    return tokenGeneration;
  }

  /**
   * Ends every access token issued so far (role or password changed): they name an earlier
   * generation, which {@code security.AccessTokenCheck} refuses.
   */
  public void endAccessTokens() {
    tokenGeneration++;
  }

  @Override
  public String toString() {
    return "UserAccount[" + username + ", " + role + "]";
  }
}
