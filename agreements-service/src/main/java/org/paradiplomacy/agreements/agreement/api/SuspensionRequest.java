package org.paradiplomacy.agreements.agreement.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.EngagementLimits;

@Schema(name = "SuspensionRequest", description = "A signed agreement suspended.")
public record SuspensionRequest(
        @Schema(required = true, examples = "2020-03-01") LocalDate suspendedOn,
        @Schema(maxLength = EngagementLimits.TEXT, examples = "Exchanges paused during the pandemic") String reason) {
}
