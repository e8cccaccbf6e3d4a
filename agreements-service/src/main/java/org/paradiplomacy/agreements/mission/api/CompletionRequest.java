package org.paradiplomacy.agreements.mission.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.mission.MissionCompletion;
import org.paradiplomacy.eventsourcing.rest.RequestLimitsFilter;

@Schema(name = "CompletionRequest", description = "A planned mission completed, no earlier than it started.")
public record CompletionRequest(
        @Schema(required = true, examples = "2015-10-18") LocalDate completedOn,
        @Schema(maxLength = EngagementLimits.TEXT, examples = "Two memoranda signed; a return visit agreed") String outcomes,
        @Schema(description = "Ids of agreements signed during the mission (at most " + EngagementLimits.AGREEMENTS_SIGNED + ")",
                maxItems = EngagementLimits.AGREEMENTS_SIGNED, extensions = @Extension(name = RequestLimitsFilter.ITEM_MAX_LENGTH, value = "" + EngagementLimits.ID)) List<String> agreementsSigned) implements MissionCompletion {
}
