/**
 * Keepers and the enclosures they are assigned to; {@code /api/keepers}. Drops a deleted enclosure
 * from every assignment (an observer of {@code EnclosureDeleting}).
 */
package org.example.zoo.keeper;
