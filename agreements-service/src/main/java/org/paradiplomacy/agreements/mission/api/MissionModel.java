package org.paradiplomacy.agreements.mission.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.Recorded;
import org.paradiplomacy.agreements.mission.Mission;
import org.paradiplomacy.agreements.mission.MissionKind;
import org.paradiplomacy.agreements.mission.MissionStatus;
import org.paradiplomacy.eventsourcing.rest.Versioned;

@Schema(name = "Mission", description = "A trade mission, official visit or delegation led by one actor to its hosts.")
public record MissionModel(
        @Schema(description = "The mission's id") String id,
        @Schema(description = "trade-mission, official-visit or delegation", examples = "trade-mission") MissionKind kind,
        @Schema(description = "The leading actor's id") String leader,
        @Schema(description = "The host actors' ids") List<String> hosts,
        @Schema(description = "First day", examples = "2015-10-12") LocalDate startsOn,
        @Schema(description = "Last day planned", examples = "2015-10-18") LocalDate endsOn,
        @Schema(description = "Purpose", examples = "Promote Biobío's forestry and food exports") String purpose,
        @Schema(description = "Fields of cooperation") List<CooperationField> fields,
        @Schema(description = "planned, completed or cancelled", examples = "completed") MissionStatus status,
        @Schema(description = "The day it was completed") LocalDate completedOn,
        @Schema(description = "What it achieved") String outcomes,
        @Schema(description = "Ids of agreements signed during it") List<String> agreementsSigned,
        @Schema(description = "The day it was cancelled") LocalDate cancelledOn,
        @Schema(description = "Why it was cancelled") String cancellationReason,
        @Schema(description = "The version of its record, also its ETag", examples = "2") long version) implements Versioned {

    public static MissionModel of(Recorded<Mission> recorded) {
        return of(recorded.state(), recorded.version());
    }

    public static MissionModel of(Mission m, long version) {
        return new MissionModel(m.id(), m.kind(), m.leader(), m.hosts(), m.startsOn(), m.endsOn(), m.purpose(),
                m.fields(), m.status(), m.completedOn(), m.outcomes(), m.agreementsSigned(), m.cancelledOn(),
                m.cancellationReason(), version);
    }
}
