/**
 * Feedings: scheduled for an ACTIVE animal, completed once by a keeper; {@code /api/feedings} and
 * {@code /api/animals/{id}/feedings}. The top component: it uses animals and keepers, nothing uses
 * it.
 */
package org.example.zoo.feeding;
