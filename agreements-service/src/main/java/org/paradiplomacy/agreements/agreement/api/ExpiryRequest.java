package org.paradiplomacy.agreements.agreement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "ExpiryRequest", description = "An agreement that reached the end of its term.")
public record ExpiryRequest(
        @Schema(required = true, description = "As precise as the source: " + Docs.PARTIAL_DATE + "; not wholly in the future, nor wholly before the previous step", examples = "2021-04-06") PartialDate expiredOn,
        @Schema(description = Docs.SOURCES, maxItems = Sources.PER_RECORD) List<Source> sources) {
}
