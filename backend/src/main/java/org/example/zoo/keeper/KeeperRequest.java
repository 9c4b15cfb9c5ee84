package org.example.zoo.keeper;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KeeperRequest")
public record KeeperRequest(
    @NotBlank(message = "is required") @Size(max = 150, message = "must be at most 150 characters")
        String fullName,
    @NotBlank(message = "is required")
        @Email(message = "must be a valid email address")
        @Size(max = 254, message = "must be at most 254 characters")
        String email,
    @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future")
        LocalDate hiredOn,
    @Schema(description = "Enclosures the keeper looks after; absent means none")
        List<
                @NotNull(message = "must not be null") @Positive(message = "must be a positive id")
                Long>
            enclosureIds,
    @Schema(description = "Required on update: the version the change is based on.") Long version,
    @Schema(
            description =
                "The sign-in user (GET /api/users) who is this keeper: they complete feedings as"
                    + " this keeper. Absent or null: none (unlinks on update). A user is linked to"
                    + " one keeper at most.")
        @Positive(message = "must be a positive id")
        Long userId) {}
