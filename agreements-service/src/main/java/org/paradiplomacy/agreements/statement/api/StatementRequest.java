package org.paradiplomacy.agreements.statement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.agreements.statement.NewStatement;
import org.paradiplomacy.eventsourcing.rest.RequestLimitsFilter;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "StatementRequest", description = "An official public statement issued by an actor about counterparts.")
public record StatementRequest(
        @Schema(required = true, description = "The issuing actor's id", maxLength = EngagementLimits.ID) String issuer,
        @Schema(required = true, description = "One or more counterpart actor ids (at most " + EngagementLimits.ABOUT + "), not the issuer",
                maxItems = EngagementLimits.ABOUT, extensions = @Extension(name = RequestLimitsFilter.ITEM_MAX_LENGTH, value = "" + EngagementLimits.ID)) List<String> about,
        @Schema(required = true, description = "When it was issued, as precisely as the source says (" + Docs.PARTIAL_DATE + "); not wholly in the future", examples = "2016-04") PartialDate issuedOn,
        @Schema(required = true, maxLength = EngagementLimits.TITLE, examples = "Wuhan and Concepción become sister cities") String title,
        @Schema(description = "Where it is published (http or https)", maxLength = EngagementLimits.URL) String url,
        @Schema(description = "A summary", maxLength = EngagementLimits.SUMMARY) String summary,
        @Schema(description = Docs.SOURCES, maxItems = Sources.PER_RECORD) List<Source> sources) implements NewStatement {
}
