package org.example.zoo.species;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpeciesRequest")
public record SpeciesRequest(
    @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String commonName,
    @NotBlank(message = "is required") @Size(max = 150, message = "must be at most 150 characters")
        String scientificName,
    @NotNull(message = "is required")
        @Pattern(regexp = ConservationStatus.PATTERN, message = ConservationStatus.MESSAGE)
        @Schema(enumeration = {"LC", "NT", "VU", "EN", "CR", "EW", "EX", "DD", "NE"})
        String conservationStatus,
    @NotNull(message = "is required")
        @Pattern(regexp = Diet.PATTERN, message = Diet.MESSAGE)
        @Schema(enumeration = {"HERBIVORE", "CARNIVORE", "OMNIVORE", "INSECTIVORE", "PISCIVORE"})
        String diet,
    @Schema(description = "Required on update: the version the change is based on.")
        Long version) {}
