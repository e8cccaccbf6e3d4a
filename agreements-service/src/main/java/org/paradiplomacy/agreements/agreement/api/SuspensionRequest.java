package org.paradiplomacy.agreements.agreement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "SuspensionRequest", description = "A signed agreement suspended.")
public record SuspensionRequest(
        @Schema(required = true, description = "As precise as the source: " + Docs.PARTIAL_DATE + "; not wholly in the future, nor wholly before the previous step", examples = "2020-03") PartialDate suspendedOn,
        @Schema(maxLength = EngagementLimits.TEXT, examples = "Exchanges paused during the pandemic") String reason,
        @Schema(description = Docs.SOURCES, maxItems = Sources.PER_RECORD) List<Source> sources) {
}
