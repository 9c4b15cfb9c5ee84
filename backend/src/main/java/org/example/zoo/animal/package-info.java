/**
 * Animals: each of one species, living in an enclosure while ACTIVE; {@code /api/animals}.
 * Resource, service (rules: capacity of the enclosure, dates), repository, entity, request and
 * response records. Provides the enclosures' occupancy ({@link
 * org.example.zoo.animal.EnclosureResidents}) and lets go of a deleted enclosure.
 */
package org.example.zoo.animal;
