package org.example.zoo.feeding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedingRequest")
public record FeedingRequest(
    @NotNull(message = "is required") @Positive(message = "must be a positive id") Long animalId,
    @NotNull(message = "is required") @Schema(example = "2026-11-26T14:30:00Z") Instant scheduledAt,
    @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String food,
    @NotNull(message = "is required")
        @Min(value = 1, message = "must be between 1 and 100000")
        @Max(value = 100000, message = "must be between 1 and 100000")
        Integer quantityGrams,
    @Schema(description = "Required on update: the version the change is based on.")
        Long version) {}
