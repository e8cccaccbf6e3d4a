package org.paradiplomacy.agreements.mission;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;

/** A mission as its events describe it. */
public record Mission(
        String id,
        MissionKind kind,
        String leader,
        List<String> hosts,
        LocalDate startsOn,
        LocalDate endsOn,
        String purpose,
        List<CooperationField> fields,
        MissionStatus status,
        LocalDate completedOn,
        String outcomes,
        List<String> agreementsSigned,
        LocalDate cancelledOn,
        String cancellationReason) {

    Mission withCompletion(LocalDate on, String outcomesAchieved, List<String> signed) {
        return new Mission(id, kind, leader, hosts, startsOn, endsOn, purpose, fields, MissionStatus.COMPLETED, on,
                outcomesAchieved, signed, null, null);
    }

    Mission withCancellation(LocalDate on, String reason) {
        return new Mission(id, kind, leader, hosts, startsOn, endsOn, purpose, fields, MissionStatus.CANCELLED, null,
                null, List.of(), on, reason);
    }
}
