package org.paradiplomacy.agreements.conference;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.eventsourcing.aggregate.SchemaVersion;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/**
 * What is recorded of a conference: version 2 carries its host and participants as the directory knew them, its
 * dates at the precision of their sources, and its sources. ConferenceService's codec reads version 1.
 */
public sealed interface ConferenceEvent {

    @SchemaVersion(2)
    record ConferenceHeld(
            @Schema(description = "The conference's id", format = "uuid", required = true) String conferenceId,
            @Schema(description = "Its title", required = true) String title,
            @Schema(description = "The series it belongs to") String series,
            @Schema(description = "The host as the directory knew it when the event was recorded", required = true) ActorSnapshot host,
            @Schema(description = "The participants, one or more, as the directory knew them when the event was recorded", required = true) List<ActorSnapshot> participants,
            @Schema(description = "Its first day, as precisely as known", required = true) PartialDate startsOn,
            @Schema(description = "Its last day, as precisely as known") PartialDate endsOn,
            @Schema(description = "Where it was held") String place,
            @Schema(description = "Fields of cooperation") List<CooperationField> fields,
            @Schema(description = "Where it is known from; absent when none was given") List<Source> sources)
            implements ConferenceEvent {
    }
}
