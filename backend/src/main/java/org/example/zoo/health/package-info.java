/**
 * Whether orchestrators may trust this server: the MicroProfile Health checks (live: memory; ready:
 * database, drain, a failed dev-mode start; started: the application), their copies under {@code
 * /api/health} ({@link org.example.zoo.health.ApplicationProbeResource}), when the application
 * started ({@link org.example.zoo.health.ApplicationLifecycle}), and the check that the HTTP port
 * answers with this server ({@link org.example.zoo.health.HttpPortCheck}).
 */
package org.example.zoo.health;
