package org.example.zoo.feeding;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.example.zoo.animal.Animal;
import org.example.zoo.enclosure.Enclosure;
import org.example.zoo.keeper.Keeper;
import org.example.zoo.web.Identified;

@Schema(name = "Feeding")
@JsonbPropertyOrder({
  "id",
  "animalId",
  "animalName",
  "enclosureId",
  "enclosureName",
  "scheduledAt",
  "food",
  "quantityGrams",
  "state",
  "fedAt",
  "fedByKeeperId",
  "fedByName",
  "version"
})
public record FeedingResponse(
    long id,
    long animalId,
    @Schema(readOnly = true) String animalName,
    @Schema(
            readOnly = true,
            nullable = true,
            description = "The enclosure the animal lives in now; null when it lives in none")
        Long enclosureId,
    @Schema(
            readOnly = true,
            nullable = true,
            description = "That enclosure's name; null with enclosureId")
        String enclosureName,
    Instant scheduledAt,
    String food,
    int quantityGrams,
    @Schema(
            readOnly = true,
            description =
                "As of the answer: DONE once completed; until then OVERDUE when scheduled before"
                    + " now, else DUE")
        FeedingState state,
    @Schema(readOnly = true, nullable = true, description = "Set by completing the feeding")
        Instant fedAt,
    @Schema(readOnly = true, nullable = true, description = "Set by completing the feeding")
        Long fedByKeeperId,
    @Schema(
            readOnly = true,
            nullable = true,
            description = "The full name of the keeper who fed the animal")
        String fedByName,
    long version)
    implements Identified {

  static FeedingResponse of(Feeding f, Instant now) {
    Animal animal = f.getAnimal();
    Enclosure enclosure = animal.getEnclosure();
    Keeper fedBy = f.getFedBy();
    return new FeedingResponse(
        f.getId(),
        animal.getId(),
        animal.getName(),
        enclosure == null ? null : enclosure.getId(),
        enclosure == null ? null : enclosure.getName(),
        f.getScheduledAt(),
        f.getFood(),
        f.getQuantityGrams(),
        FeedingState.of(f, now),
        f.getFedAt(),
        fedBy == null ? null : fedBy.getId(),
        fedBy == null ? null : fedBy.getFullName(),
        f.getVersion());
  }
}
