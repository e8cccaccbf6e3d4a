package org.paradiplomacy.agreements.engagement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.WithdrawalChecks;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "WithdrawalRequest", description = "A record withdrawn because it was recorded in error (not ended: an"
        + " agreement that ended is terminated or expired, a mission that did not take place is cancelled).")
public record WithdrawalRequest(
        @Schema(required = true, description = "Why it was recorded in error", maxLength = WithdrawalChecks.REASON,
                examples = "Recorded twice: the same agreement is recorded as 4f2a8c1e-…") String reason,
        @Schema(description = Docs.SOURCES + " (showing the error)", maxItems = Sources.PER_RECORD) List<Source> sources) {
}
