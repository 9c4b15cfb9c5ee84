package org.example.zoo.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B configuration of the API: every body is read with {@link StrictNumbers} and {@link
 * StrictTimes}, through a {@link StrictJsonParser} (no key twice, no lone surrogate), so a value is
 * taken exactly as sent or refused with its field named.
 *
 * <p>Answers carry every property of their type: a value that is not there is written as {@code
 * null}, never left out, so a client (and the OpenAPI document, which lists every property as
 * required and the ones that can be {@code null} as {@code [type, "null"]}) can tell "none" from
 * "not sent". {@link org.example.zoo.problem.Problem} is the exception: RFC 9457 members are left
 * out when they do not apply.
 */
@Provider
public class JsonbProvider implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.newBuilder().withConfig(config()).withProvider(new StrictJsonProvider()).build();

  static JsonbConfig config() {
    return StrictTimes.configure(StrictNumbers.configure(new JsonbConfig().withNullValues(true)));
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
