package org.paradiplomacy.agreements.mission.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.Recorded;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.agreements.engagement.api.WithdrawalModel;
import org.paradiplomacy.agreements.mission.Mission;
import org.paradiplomacy.agreements.mission.MissionKind;
import org.paradiplomacy.agreements.mission.MissionStatus;
import org.paradiplomacy.eventsourcing.rest.Versioned;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "Mission", description = "A trade mission, official visit or delegation led by one actor to its hosts.")
public record MissionModel(
        @Schema(description = "The mission's id") String id,
        @Schema(description = "trade-mission, official-visit or delegation", examples = "trade-mission") MissionKind kind,
        @Schema(description = "The leading actor's id") String leader,
        @Schema(description = "The host actors' ids") List<String> hosts,
        @Schema(description = "First day, as precisely as its source says", examples = "2015-10") PartialDate startsOn,
        @Schema(description = "Last day planned, as precisely as known", examples = "2015-10") PartialDate endsOn,
        @Schema(description = "Purpose", examples = "Promote Biobío's forestry and food exports") String purpose,
        @Schema(description = "Fields of cooperation") List<CooperationField> fields,
        @Schema(description = "planned, completed or cancelled", examples = "completed") MissionStatus status,
        @Schema(description = "When it was completed") PartialDate completedOn,
        @Schema(description = "What it achieved") String outcomes,
        @Schema(description = "Ids of agreements signed during it") List<String> agreementsSigned,
        @Schema(description = "When it was cancelled") PartialDate cancelledOn,
        @Schema(description = "Why it was cancelled") String cancellationReason,
        @Schema(description = Docs.WITHDRAWAL) WithdrawalModel withdrawal,
        @Schema(description = Docs.ALL_SOURCES) List<Source> sources,
        @Schema(description = Docs.SOURCED, examples = "true") boolean sourced,
        @Schema(description = "The version of its record, also its ETag", examples = "2") long version) implements Versioned {

    public static MissionModel of(Recorded<Mission> recorded) {
        Mission m = recorded.state();
        return new MissionModel(m.id(), m.kind(), m.leader(), m.hosts(), m.startsOn(), m.endsOn(), m.purpose(),
                m.fields(), m.status(), m.completedOn(), m.outcomes(), m.agreementsSigned(), m.cancelledOn(),
                m.cancellationReason(), WithdrawalModel.of(recorded.withdrawal()), m.sources(),
                Sources.any(m.sources()), recorded.version());
    }
}
