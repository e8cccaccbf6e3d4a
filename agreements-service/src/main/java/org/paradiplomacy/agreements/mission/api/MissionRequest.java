package org.paradiplomacy.agreements.mission.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.agreements.mission.MissionKind;
import org.paradiplomacy.agreements.mission.NewMission;
import org.paradiplomacy.eventsourcing.rest.RequestLimitsFilter;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "MissionRequest", description = "A mission planned (possibly in the past, to record history).")
public record MissionRequest(
        @Schema(required = true, description = "trade-mission, official-visit or delegation", examples = "trade-mission") MissionKind kind,
        @Schema(required = true, description = "The leading actor's id", maxLength = EngagementLimits.ID) String leader,
        @Schema(required = true, description = "One or more host actor ids (at most " + EngagementLimits.HOSTS + "), not the leader",
                maxItems = EngagementLimits.HOSTS, extensions = @Extension(name = RequestLimitsFilter.ITEM_MAX_LENGTH, value = "" + EngagementLimits.ID)) List<String> hosts,
        @Schema(required = true, description = "Its first day, as precisely as the source says (" + Docs.PARTIAL_DATE + ")", examples = "2015-10") PartialDate startsOn,
        @Schema(description = "Its last day, as precisely as known; not wholly before startsOn", examples = "2015-10") PartialDate endsOn,
        @Schema(maxLength = EngagementLimits.TEXT, examples = "Promote trade and investment") String purpose,
        @Schema(description = "Fields of cooperation, from the fixed vocabulary", maxItems = EngagementLimits.FIELDS) List<CooperationField> fields,
        @Schema(description = Docs.SOURCES, maxItems = Sources.PER_RECORD) List<Source> sources) implements NewMission {
}
