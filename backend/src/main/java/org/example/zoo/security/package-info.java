/**
 * Signing in and proving who you are: the built-in login ({@code /api/auth}), lock-out after failed
 * logins, RS256 tokens and their signing key, browser sessions (refresh-token cookie, rotation,
 * revocation), the first administrator from the environment, the 403 mapper and the security
 * headers of every response. Uses the accounts of {@code user}.
 */
package org.example.zoo.security;
