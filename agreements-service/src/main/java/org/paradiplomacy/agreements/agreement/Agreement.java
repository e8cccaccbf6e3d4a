package org.paradiplomacy.agreements.agreement;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;

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

    /** The agreement as a step of its life on {@code on} leaves it. */
    Agreement withStatus(AgreementStatus newStatus, LocalDate on) {
        return new Agreement(id, kind, title, parties, fields, upgrades, newStatus, proposedOn, signedOn,
                signedNoLaterThan, signedAt, validUntil, lastRenewedOn, on, endReason);
    }

    /** Signed on a known day, or ({@code signedOn} null) no later than {@code noLaterThan}. */
    Agreement withSigning(LocalDate signedOn, LocalDate noLaterThan, String place, LocalDate validUntil) {
        return new Agreement(id, kind, title, parties, fields, upgrades, AgreementStatus.SIGNED, proposedOn, signedOn,
                noLaterThan, place, validUntil, null, signedOn != null ? signedOn : noLaterThan, null);
    }

    /** Renewed on a day, with a new term if one is given. */
    Agreement withRenewal(LocalDate renewedOn, LocalDate newValidUntil) {
        return new Agreement(id, kind, title, parties, fields, upgrades, AgreementStatus.SIGNED, proposedOn, signedOn,
                signedNoLaterThan, signedAt, newValidUntil != null ? newValidUntil : validUntil, renewedOn, renewedOn,
                null);
    }

    Agreement withEndReason(String reason) {
        return new Agreement(id, kind, title, parties, fields, upgrades, status, proposedOn, signedOn,
                signedNoLaterThan, signedAt, validUntil, lastRenewedOn, lastChangedOn, reason);
    }
}
