package org.example.zoo.feeding;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.example.zoo.web.Identified;

@Schema(name = "Feeding")
@JsonbPropertyOrder({
  "id",
  "animalId",
  "animalName",
  "scheduledAt",
  "food",
  "quantityGrams",
  "fedAt",
  "fedByKeeperId",
  "version"
})
public record FeedingResponse(
    long id,
    long animalId,
    @Schema(readOnly = true) String animalName,
    Instant scheduledAt,
    String food,
    int quantityGrams,
    @Schema(readOnly = true, nullable = true, description = "Set by completing the feeding")
        Instant fedAt,
    @Schema(readOnly = true, nullable = true, description = "Set by completing the feeding")
        Long fedByKeeperId,
    long version)
    implements Identified {

  static FeedingResponse of(Feeding f) {
    return new FeedingResponse(
        f.getId(),
        f.getAnimal().getId(),
        f.getAnimal().getName(),
        f.getScheduledAt(),
        f.getFood(),
        f.getQuantityGrams(),
        f.getFedAt(),
        f.getFedBy() == null ? null : f.getFedBy().getId(),
        f.getVersion());
  }
}
