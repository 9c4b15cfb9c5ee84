/**
 * What the application stands on: settings ({@link org.example.zoo.platform.ZooConfig}), the schema
 * migration in the background ({@link org.example.zoo.platform.DatabaseMigrator}, {@link
 * org.example.zoo.platform.SchemaMigration}) and the 503 until it is done, health checks (live,
 * ready, started), build and runtime facts ({@code /api/info}), the zoo's calendar, and in dev mode
 * whether what answers is what was saved ({@link org.example.zoo.platform.DevStatus}, over the
 * checkout's facts in {@link org.example.zoo.platform.DevCheckout} and the compiler's in {@link
 * org.example.zoo.platform.CompileCheck}).
 */
package org.example.zoo.platform;
