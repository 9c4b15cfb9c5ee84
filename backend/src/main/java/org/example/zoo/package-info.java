/**
 * The zoo application. {@link org.example.zoo.ZooApplication} is the JAX-RS application: the API
 * under {@code /api}, MicroProfile JWT login, the roles, the OpenAPI definition.
 *
 * <p>Packages by component, one way only (ArchitectureTest enforces it), from the top: {@code
 * feeding}, {@code animal}, {@code keeper}, {@code enclosure}, {@code species} (the zoo's
 * components), {@code metrics} (the zoo's gauges) above them, {@code security} (sign-in), {@code
 * user} (accounts and roles), {@code info} ({@code /api/info}), {@code health} (the probes), {@code
 * build} (which code runs), {@code migration} (the schema), {@code config} (settings, the
 * calendar), {@code web} (the HTTP edge), {@code persistence} (repository base, paging), {@code
 * problem} (what a failure is called). The map for a newcomer is docs/architecture.md.
 */
package org.example.zoo;
