/**
 * The database schema: migrated in the background at start ({@link
 * org.example.zoo.migration.DatabaseMigrator}, with Flyway: {@link
 * org.example.zoo.migration.SchemaMigration}), retried until the database answers, and a 503 for
 * the API until it is done ({@link org.example.zoo.migration.DatabaseReadyFilter}).
 */
package org.example.zoo.migration;
