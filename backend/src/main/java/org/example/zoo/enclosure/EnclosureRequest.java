package org.example.zoo.enclosure;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.example.zoo.web.EnumName;

@Schema(name = "EnclosureRequest")
public record EnclosureRequest(
    @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String name,
    @NotNull(message = "is required")
        @EnumName(Habitat.class)
        @Schema(implementation = Habitat.class, required = true)
        String habitat,
    @NotNull(message = "is required")
        @Min(value = 1, message = "must be between 1 and 500")
        @Max(value = 500, message = "must be between 1 and 500")
        Integer capacity,
    @NotNull(message = "is required")
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax(value = "99999999.99", message = "must be at most 99999999.99")
        @Digits(integer = 8, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal areaSquareMeters,
    @Schema(description = "Required on update: the version the change is based on.")
        Long version) {}
