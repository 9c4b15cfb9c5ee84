package org.example.zoo.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's retry of a read that failed because the connection broke. By default it
 * runs such a read up to 3 more times, 5 s apart. In a JTA transaction the retry gets the same
 * broken connection again (the one Liberty enlisted in the transaction), so it cannot succeed:
 * every request in flight when the database went away held its thread for 10 s and then failed
 * anyway, also when the database was back by then. Without the retry it answers 503 with
 * Retry-After at once ({@code DatabaseUnavailableException}), the pool drops the broken
 * connections, and the client's next request gets a new one. Named in persistence.xml as
 * eclipselink.session.customizer.
 */
public class NoQueryRetry implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
  }
}
