/**
 * What the application stands on: settings ({@link org.example.zoo.platform.ZooConfig}), the schema
 * migration in the background ({@link org.example.zoo.platform.DatabaseMigrator}, {@link
 * org.example.zoo.platform.SchemaMigration}) and the 503 until it is done, health checks (live,
 * ready, started), build and runtime facts ({@code /api/info}), the zoo's calendar.
 */
package org.example.zoo.platform;
