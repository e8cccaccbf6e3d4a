package org.paradiplomacy.agreements.domain;

import java.time.LocalDate;
import java.util.List;

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
}
