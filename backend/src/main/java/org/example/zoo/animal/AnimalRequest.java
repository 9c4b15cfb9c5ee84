package org.example.zoo.animal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.example.zoo.web.EnumName;

@Schema(name = "AnimalRequest")
public record AnimalRequest(
    @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String name,
    @NotNull(message = "is required") @Positive(message = "must be a positive id") Long speciesId,
    @Positive(message = "must be a positive id")
        @Schema(description = "Required while the status is ACTIVE")
        Long enclosureId,
    @NotNull(message = "is required")
        @EnumName(Sex.class)
        @Schema(implementation = Sex.class, required = true)
        String sex,
    @PastOrPresent(message = "must not be in the future")
        @Schema(description = "Unknown for some animals; not after the arrival date")
        LocalDate dateOfBirth,
    @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future")
        LocalDate arrivalDate,
    @NotNull(message = "is required")
        @EnumName(AnimalStatus.class)
        @Schema(implementation = AnimalStatus.class, required = true)
        String status,
    @Size(max = 2000, message = "must be at most 2000 characters") String notes,
    @Schema(description = "Required on update: the version the change is based on.")
        Long version) {}
