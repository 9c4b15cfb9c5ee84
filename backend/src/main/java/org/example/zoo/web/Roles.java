package org.example.zoo.web;

/**
 * Role names for {@code @RolesAllowed} (which needs compile-time constants), matching {@code
 * user.Role#groupName()}. Resources list every role that includes the permission, so that a token
 * with the single group "admin" may do what a keeper may. They are part of the HTTP edge because
 * {@link EntityResource} declares the roles of the operations every entity shares.
 */
public final class Roles {

  public static final String VIEWER = "viewer";
  public static final String KEEPER = "keeper";
  public static final String ADMIN = "admin";

  private Roles() {}
}
