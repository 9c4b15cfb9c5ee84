package org.example.zoo.feeding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompleteFeedingRequest")
public record CompleteFeedingRequest(
    @NotNull(message = "is required") @Positive(message = "must be a positive id") Long keeperId) {}
