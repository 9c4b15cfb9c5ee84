package org.example.zoo.user;

/**
 * Role names for {@code @RolesAllowed} (which needs compile-time constants), matching {@link
 * Role#groupName()}. Resources list every role that includes the permission, so that a token with
 * the single group "admin" may do what a keeper may.
 */
public final class Roles {

  public static final String VIEWER = "viewer";
  public static final String KEEPER = "keeper";
  public static final String ADMIN = "admin";

  private Roles() {}
}
