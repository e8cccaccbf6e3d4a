package org.paradiplomacy.agreements.mission.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "CancellationRequest", description = "A planned mission cancelled.")
public record CancellationRequest(
        @Schema(required = true, description = "As precise as the source: " + Docs.PARTIAL_DATE + "; not wholly in the future", examples = "2020-02") PartialDate cancelledOn,
        @Schema(maxLength = EngagementLimits.TEXT, examples = "Travel restrictions") String reason,
        @Schema(description = Docs.SOURCES, maxItems = Sources.PER_RECORD) List<Source> sources) {
}
