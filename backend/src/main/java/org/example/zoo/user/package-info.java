/**
 * User accounts of the built-in login, managed by administrators ({@code /api/users}): the account
 * entity and repository, roles ({@link org.example.zoo.user.Role}, the constants for
 * {@code @RolesAllowed} in {@link org.example.zoo.web.Roles}), password hashing. A new password
 * fires {@link org.example.zoo.user.PasswordChanged}, which ends the user's sessions.
 */
package org.example.zoo.user;
