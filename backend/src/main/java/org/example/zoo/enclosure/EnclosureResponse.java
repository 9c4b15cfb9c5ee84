package org.example.zoo.enclosure;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.example.zoo.web.Identified;

@Schema(name = "Enclosure")
@JsonbPropertyOrder({
  "id",
  "name",
  "habitat",
  "capacity",
  "areaSquareMeters",
  "occupancy",
  "version"
})
public record EnclosureResponse(
    long id,
    String name,
    Habitat habitat,
    int capacity,
    BigDecimal areaSquareMeters,
    @Schema(description = "ACTIVE animals in the enclosure", readOnly = true) long occupancy,
    long version)
    implements Identified {

  static EnclosureResponse of(Enclosure e, long occupancy) {
    return new EnclosureResponse(
        e.getId(),
        e.getName(),
        e.getHabitat(),
        e.getCapacity(),
        e.getAreaSquareMeters(),
        occupancy,
        e.getVersion());
  }
}
