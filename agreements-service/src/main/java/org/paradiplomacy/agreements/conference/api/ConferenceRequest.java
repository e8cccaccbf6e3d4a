package org.paradiplomacy.agreements.conference.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.conference.NewConference;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.eventsourcing.rest.RequestLimitsFilter;

@Schema(name = "ConferenceRequest", description = "A conference or forum that was held.")
public record ConferenceRequest(
        @Schema(required = true, maxLength = EngagementLimits.TITLE, examples = "China–LAC Local Governments Cooperation Forum") String title,
        @Schema(maxLength = EngagementLimits.TITLE, examples = "China–LAC Local Governments Cooperation Forum") String series,
        @Schema(required = true, description = "The host actor's id", maxLength = EngagementLimits.ID) String host,
        @Schema(required = true, description = "One or more distinct participant actor ids (at most " + EngagementLimits.PARTICIPANTS + ")",
                maxItems = EngagementLimits.PARTICIPANTS, extensions = @Extension(name = RequestLimitsFilter.ITEM_MAX_LENGTH, value = "" + EngagementLimits.ID)) List<String> participants,
        @Schema(required = true, examples = "2016-11-24") LocalDate startsOn,
        LocalDate endsOn,
        @Schema(maxLength = EngagementLimits.PLACE, examples = "Chongqing") String place,
        @Schema(description = "Fields of cooperation, from the fixed vocabulary", maxItems = EngagementLimits.FIELDS) List<CooperationField> fields) implements NewConference {
}
