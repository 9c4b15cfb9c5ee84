package org.example.zoo.feeding;

import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who fed the animal. An administrator names any keeper; a keeper records as the keeper record
 * linked to their user, so may leave it out, and naming another keeper is refused (403).
 */
@Schema(name = "CompleteFeedingRequest")
public record CompleteFeedingRequest(
    @Schema(
            description =
                "Who fed the animal. Required for administrators; a keeper leaves it out or names"
                    + " their own keeper record.")
        @Positive(message = "must be a positive id")
        Long keeperId) {}
