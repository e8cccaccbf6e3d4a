package org.paradiplomacy.agreements.conference;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.Correction;
import org.paradiplomacy.agreements.engagement.Withdrawn;
import org.paradiplomacy.eventsourcing.aggregate.SchemaVersion;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/**
 * What is recorded of a conference: version 2 carries its host and participants as the directory knew them, its
 * dates at the precision of their sources, and its sources. ConferenceService's codec reads version 1. A
 * correction carries the corrected whole; a withdrawal, why the record was made in error.
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

    /** The corrected whole of a conference, which replaces it from its start (every figure, every date). */
    record ConferenceCorrected(
            @Schema(description = "The conference's id", format = "uuid", required = true) String conferenceId,
            @Schema(description = "Its title", required = true) String title,
            @Schema(description = "The series it belongs to") String series,
            @Schema(description = "The host as the directory knew it when the event was recorded", required = true) ActorSnapshot host,
            @Schema(description = "The participants, one or more, as the directory knew them when the event was recorded", required = true) List<ActorSnapshot> participants,
            @Schema(description = "Its first day, as precisely as known", required = true) PartialDate startsOn,
            @Schema(description = "Its last day, as precisely as known") PartialDate endsOn,
            @Schema(description = "Where it was held") String place,
            @Schema(description = "Fields of cooperation") List<CooperationField> fields,
            @Schema(description = "Where the correction is known from; absent when none was given") List<Source> sources)
            implements ConferenceEvent, Correction {
    }

    /** A conference recorded in error: it never happened, leaves every figure at every date, and stays readable. */
    record ConferenceWithdrawn(
            @Schema(description = "The conference's id", format = "uuid", required = true) String conferenceId,
            @Schema(description = "Why it was withdrawn", required = true) String reason,
            @Schema(description = "Where it is known from; absent when none was given") List<Source> sources)
            implements ConferenceEvent, Withdrawn {
    }
}
