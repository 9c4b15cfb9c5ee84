package org.example.zoo.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The server name a request names (HTTP/2's :authority included) is a host, or a 400. */
class HostHeaderFilterTest {

  @Test
  void serverNamesThatNoHostHasAreRefused() {
    for (String name : new String[] {"localhost", "zoo.example", "127.0.0.1", "::1", "[::1]"}) {
      assertTrue(HostHeaderFilter.isValidServerName(name), name);
    }
    for (String name : new String[] {"a/ b", "a b", "evil\\x", "x?y", "u@h", "a#b"}) {
      assertFalse(HostHeaderFilter.isValidServerName(name), name);
    }
  }
}
