package org.example.zoo.user;

/**
 * A CDI event fired in the transaction that gave the user a new password; the session store
 * observes it and ends the user's browser sessions.
 */
public record PasswordChanged(long userId) {}
