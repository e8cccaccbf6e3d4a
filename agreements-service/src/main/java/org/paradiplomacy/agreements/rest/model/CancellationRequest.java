package org.paradiplomacy.agreements.rest.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancellationRequest", description = "A planned mission cancelled.")
public record CancellationRequest(
        @Schema(required = true, examples = "2020-02-01") LocalDate cancelledOn,
        @Schema(examples = "Travel restrictions") String reason) {
}
