/**
 * Enclosures: habitat, capacity, area; {@code /api/enclosures}. Knows no other component: the
 * occupancy comes through {@link org.example.zoo.enclosure.Residents} (implemented by the animals)
 * and a deletion is announced with {@link org.example.zoo.enclosure.EnclosureDeleting}.
 */
package org.example.zoo.enclosure;
