package org.paradiplomacy.agreements.conference.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.conference.NewConference;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.eventsourcing.rest.RequestLimitsFilter;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "ConferenceRequest", description = "A conference or forum that was held.")
public record ConferenceRequest(
        @Schema(required = true, maxLength = EngagementLimits.TITLE, examples = "China–LAC Local Governments Cooperation Forum") String title,
        @Schema(maxLength = EngagementLimits.TITLE, examples = "China–LAC Local Governments Cooperation Forum") String series,
        @Schema(required = true, description = "The host actor's id", maxLength = EngagementLimits.ID) String host,
        @Schema(required = true, description = "One or more distinct participant actor ids (at most " + EngagementLimits.PARTICIPANTS + "), not the host",
                maxItems = EngagementLimits.PARTICIPANTS, extensions = @Extension(name = RequestLimitsFilter.ITEM_MAX_LENGTH, value = "" + EngagementLimits.ID)) List<String> participants,
        @Schema(required = true, description = "Its first day, as precisely as the source says (" + Docs.PARTIAL_DATE + "); not wholly in the future", examples = "2016-11") PartialDate startsOn,
        @Schema(description = "Its last day, as precisely as known; not wholly before startsOn", examples = "2016-11") PartialDate endsOn,
        @Schema(maxLength = EngagementLimits.PLACE, examples = "Chongqing") String place,
        @Schema(description = "Fields of cooperation, from the fixed vocabulary", maxItems = EngagementLimits.FIELDS) List<CooperationField> fields,
        @Schema(description = Docs.SOURCES, maxItems = Sources.PER_RECORD) List<Source> sources) implements NewConference {
}
