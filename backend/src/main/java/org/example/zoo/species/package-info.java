/** Species: common and scientific name, IUCN conservation status, diet; {@code /api/species}. */
package org.example.zoo.species;
