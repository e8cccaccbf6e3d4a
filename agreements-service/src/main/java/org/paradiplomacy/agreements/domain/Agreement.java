package org.paradiplomacy.agreements.domain;

import java.time.LocalDate;
import java.util.List;

/** An agreement as its events describe it. */
public record Agreement(
        String id,
        AgreementKind kind,
        String title,
        List<String> parties,
        List<CooperationField> fields,
        String upgrades,
        AgreementStatus status,
        LocalDate proposedOn,
        LocalDate signedOn,
        /** For a signing whose day is unknown: the day a source attests it, on or before which it was signed. */
        LocalDate signedNoLaterThan,
        String signedAt,
        LocalDate validUntil,
        LocalDate lastRenewedOn,
        /** The date of the latest step of its life, which the next step may not precede. */
        LocalDate lastChangedOn,
        String endReason) {

    Agreement next(AgreementStatus newStatus, LocalDate on) {
        return new Agreement(id, kind, title, parties, fields, upgrades, newStatus, proposedOn, signedOn,
                signedNoLaterThan, signedAt, validUntil, lastRenewedOn, on, endReason);
    }
}
