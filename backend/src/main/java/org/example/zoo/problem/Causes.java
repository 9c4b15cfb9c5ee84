package org.example.zoo.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks a failure's cause chain, the one way every classifier does it: outermost first, stopping at
 * a cause seen before (a cycle) and after {@value #MAX_DEPTH} links.
 */
public final class Causes {

  static final int MAX_DEPTH = 32;

  private Causes() {}

  /** {@code e} and its causes, outermost first; empty for null. */
  public static List<Throwable> chain(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = e; t != null && chain.size() < MAX_DEPTH && seen.add(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  /** The outermost link of that type. */
  public static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
    return chain(e).stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** Whether any link matches. */
  public static boolean any(Throwable e, Predicate<Throwable> test) {
    return chain(e).stream().anyMatch(test);
  }

  /** The innermost cause ({@code e} itself when it has none). */
  public static Throwable root(Throwable e) {
    List<Throwable> chain = chain(e);
    return chain.get(chain.size() - 1);
  }
}
