/**
 * Keepers, the enclosures they are assigned to and the sign-in user each one is (who completes
 * feedings as that keeper); {@code /api/keepers}. Drops a deleted enclosure from every assignment
 * (an observer of {@code EnclosureDeleting}).
 */
package org.example.zoo.keeper;
