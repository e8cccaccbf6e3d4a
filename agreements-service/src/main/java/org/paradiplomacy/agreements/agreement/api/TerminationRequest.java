package org.paradiplomacy.agreements.agreement.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.EngagementLimits;

@Schema(name = "TerminationRequest", description = "An agreement ended by its parties (or a proposal abandoned).")
public record TerminationRequest(
        @Schema(required = true, examples = "2022-06-30") LocalDate terminatedOn,
        @Schema(required = true, maxLength = EngagementLimits.TEXT, examples = "Replaced by a cooperation agreement") String reason) {
}
