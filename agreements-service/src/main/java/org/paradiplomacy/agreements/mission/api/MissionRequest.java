package org.paradiplomacy.agreements.mission.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.mission.MissionKind;
import org.paradiplomacy.agreements.mission.NewMission;
import org.paradiplomacy.eventsourcing.rest.RequestLimitsFilter;

@Schema(name = "MissionRequest", description = "A mission planned (possibly in the past, to record history).")
public record MissionRequest(
        @Schema(required = true, description = "trade-mission, official-visit or delegation", examples = "trade-mission") MissionKind kind,
        @Schema(required = true, description = "The leading actor's id", maxLength = EngagementLimits.ID) String leader,
        @Schema(required = true, description = "One or more host actor ids (at most " + EngagementLimits.HOSTS + "), not the leader",
                maxItems = EngagementLimits.HOSTS, extensions = @Extension(name = RequestLimitsFilter.ITEM_MAX_LENGTH, value = "" + EngagementLimits.ID)) List<String> hosts,
        @Schema(required = true, examples = "2015-10-12") LocalDate startsOn,
        @Schema(examples = "2015-10-18") LocalDate endsOn,
        @Schema(maxLength = EngagementLimits.TEXT, examples = "Promote trade and investment") String purpose,
        @Schema(description = "Fields of cooperation, from the fixed vocabulary", maxItems = EngagementLimits.FIELDS) List<CooperationField> fields) implements NewMission {
}
