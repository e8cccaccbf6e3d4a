package org.paradiplomacy.agreements.agreement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "TerminationRequest", description = "An agreement ended by its parties (or a proposal abandoned).")
public record TerminationRequest(
        @Schema(required = true, description = "As precise as the source: " + Docs.PARTIAL_DATE + "; not wholly in the future, nor wholly before the previous step", examples = "2022-06-30") PartialDate terminatedOn,
        @Schema(required = true, maxLength = EngagementLimits.TEXT, examples = "Replaced by a cooperation agreement") String reason,
        @Schema(description = Docs.SOURCES, maxItems = Sources.PER_RECORD) List<Source> sources) {
}
