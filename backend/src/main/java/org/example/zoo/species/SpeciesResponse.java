package org.example.zoo.species;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.example.zoo.web.Identified;

@Schema(name = "Species")
@JsonbPropertyOrder({"id", "commonName", "scientificName", "conservationStatus", "diet", "version"})
public record SpeciesResponse(
    long id,
    String commonName,
    String scientificName,
    ConservationStatus conservationStatus,
    Diet diet,
    long version)
    implements Identified {

  static SpeciesResponse of(Species s) {
    return new SpeciesResponse(
        s.getId(),
        s.getCommonName(),
        s.getScientificName(),
        s.getConservationStatus(),
        s.getDiet(),
        s.getVersion());
  }
}
