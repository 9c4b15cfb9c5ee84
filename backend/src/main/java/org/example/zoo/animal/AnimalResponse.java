package org.example.zoo.animal;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.example.zoo.web.Identified;

@Schema(name = "Animal")
@JsonbPropertyOrder({
  "id",
  "name",
  "speciesId",
  "speciesName",
  "enclosureId",
  "enclosureName",
  "sex",
  "dateOfBirth",
  "arrivalDate",
  "status",
  "notes",
  "version"
})
public record AnimalResponse(
    long id,
    String name,
    long speciesId,
    @Schema(readOnly = true) String speciesName,
    @Schema(nullable = true) Long enclosureId,
    @Schema(readOnly = true, nullable = true) String enclosureName,
    Sex sex,
    @Schema(nullable = true) LocalDate dateOfBirth,
    LocalDate arrivalDate,
    AnimalStatus status,
    @Schema(nullable = true) String notes,
    long version)
    implements Identified {

  public static AnimalResponse of(Animal a) {
    return new AnimalResponse(
        a.getId(),
        a.getName(),
        a.getSpecies().getId(),
        a.getSpecies().getCommonName(),
        a.getEnclosure() == null ? null : a.getEnclosure().getId(),
        a.getEnclosure() == null ? null : a.getEnclosure().getName(),
        a.getSex(),
        a.getDateOfBirth(),
        a.getArrivalDate(),
        a.getStatus(),
        a.getNotes(),
        a.getVersion());
  }
}
