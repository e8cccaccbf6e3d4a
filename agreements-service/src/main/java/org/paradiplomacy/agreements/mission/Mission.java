package org.paradiplomacy.agreements.mission;

import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/** A mission as its events describe it; its dates at the precision of their sources. */
public record Mission(
        String id,
        MissionKind kind,
        String leader,
        List<String> hosts,
        PartialDate startsOn,
        PartialDate endsOn,
        String purpose,
        List<CooperationField> fields,
        MissionStatus status,
        PartialDate completedOn,
        String outcomes,
        List<String> agreementsSigned,
        PartialDate cancelledOn,
        String cancellationReason,
        /** The sources of its plan and of its completion or cancellation, each once, in order. */
        List<Source> sources,
        /** Recorded in error: it takes no further command and leaves every figure. */
        boolean withdrawn) {

    public Mission {
        sources = sources == null ? List.of() : sources;
    }

    Mission withCompletion(PartialDate on, String outcomesAchieved, List<String> signed, List<Source> stepSources) {
        return new Mission(id, kind, leader, hosts, startsOn, endsOn, purpose, fields, MissionStatus.COMPLETED, on,
                outcomesAchieved, signed, null, null, Sources.merge(sources, stepSources), withdrawn);
    }

    Mission withCancellation(PartialDate on, String reason, List<Source> stepSources) {
        return new Mission(id, kind, leader, hosts, startsOn, endsOn, purpose, fields, MissionStatus.CANCELLED, null,
                null, List.of(), on, reason, Sources.merge(sources, stepSources), withdrawn);
    }

    Mission withWithdrawal(List<Source> stepSources) {
        return new Mission(id, kind, leader, hosts, startsOn, endsOn, purpose, fields, status, completedOn, outcomes,
                agreementsSigned, cancelledOn, cancellationReason, Sources.merge(sources, stepSources), true);
    }
}
