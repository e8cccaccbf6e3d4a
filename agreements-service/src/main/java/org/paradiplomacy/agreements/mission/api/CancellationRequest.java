package org.paradiplomacy.agreements.mission.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.EngagementLimits;

@Schema(name = "CancellationRequest", description = "A planned mission cancelled.")
public record CancellationRequest(
        @Schema(required = true, examples = "2020-02-01") LocalDate cancelledOn,
        @Schema(maxLength = EngagementLimits.TEXT, examples = "Travel restrictions") String reason) {
}
