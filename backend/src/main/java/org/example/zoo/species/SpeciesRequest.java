package org.example.zoo.species;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.example.zoo.web.EnumName;

@Schema(name = "SpeciesRequest")
public record SpeciesRequest(
    @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String commonName,
    @NotBlank(message = "is required") @Size(max = 150, message = "must be at most 150 characters")
        String scientificName,
    @NotNull(message = "is required")
        @EnumName(ConservationStatus.class)
        @Schema(implementation = ConservationStatus.class, required = true)
        String conservationStatus,
    @NotNull(message = "is required")
        @EnumName(Diet.class)
        @Schema(implementation = Diet.class, required = true)
        String diet,
    @Schema(description = "Required on update: the version the change is based on.")
        Long version) {}
