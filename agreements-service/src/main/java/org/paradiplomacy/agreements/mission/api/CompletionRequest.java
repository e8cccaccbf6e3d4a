package org.paradiplomacy.agreements.mission.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.agreements.mission.MissionCompletion;
import org.paradiplomacy.eventsourcing.rest.RequestLimitsFilter;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "CompletionRequest", description = "A planned mission completed, not wholly before it started (a mission starting in `2019-05` may be completed in `2019`).")
public record CompletionRequest(
        @Schema(required = true, description = "As precise as the source: " + Docs.PARTIAL_DATE + "; not wholly in the future, nor wholly before the previous step", examples = "2015-10-18") PartialDate completedOn,
        @Schema(maxLength = EngagementLimits.TEXT, examples = "Two memoranda signed; a return visit agreed") String outcomes,
        @Schema(description = "Ids of agreements signed during the mission (at most " + EngagementLimits.AGREEMENTS_SIGNED + ")",
                maxItems = EngagementLimits.AGREEMENTS_SIGNED, extensions = @Extension(name = RequestLimitsFilter.ITEM_MAX_LENGTH, value = "" + EngagementLimits.ID)) List<String> agreementsSigned,
        @Schema(description = Docs.SOURCES, maxItems = Sources.PER_RECORD) List<Source> sources) implements MissionCompletion {
}
