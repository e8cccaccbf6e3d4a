package org.paradiplomacy.agreements.agreement;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/** An agreement as its events describe it; its dates at the precision of their sources. */
public record Agreement(
        String id,
        AgreementKind kind,
        String title,
        List<String> parties,
        List<CooperationField> fields,
        String upgrades,
        AgreementStatus status,
        PartialDate proposedOn,
        PartialDate signedOn,
        /** For a signing whose day is unknown: the day a source attests it, on or before which it was signed. */
        LocalDate signedNoLaterThan,
        String signedAt,
        LocalDate validUntil,
        PartialDate lastRenewedOn,
        /** The date of the latest step of its life, which the next step may not wholly precede. */
        PartialDate lastChangedOn,
        String endReason,
        /** The sources of its proposal and of every later step, each once, in order. */
        List<Source> sources) {

    public Agreement {
        sources = sources == null ? List.of() : sources;
    }

    /** The agreement as a step of its life on {@code on} leaves it, with that step's sources. */
    Agreement withStatus(AgreementStatus newStatus, PartialDate on, List<Source> stepSources) {
        return new Agreement(id, kind, title, parties, fields, upgrades, newStatus, proposedOn, signedOn,
                signedNoLaterThan, signedAt, validUntil, lastRenewedOn, on, endReason,
                Sources.merge(sources, stepSources));
    }

    /** Signed on a known date, or ({@code signedOn} null) no later than {@code noLaterThan}. */
    Agreement withSigning(PartialDate signedOn, LocalDate noLaterThan, String place, LocalDate validUntil,
            List<Source> stepSources) {
        return new Agreement(id, kind, title, parties, fields, upgrades, AgreementStatus.SIGNED, proposedOn, signedOn,
                noLaterThan, place, validUntil, null, signedOn != null ? signedOn : PartialDate.of(noLaterThan), null,
                Sources.merge(sources, stepSources));
    }

    /** Renewed, with a new term if one is given. */
    Agreement withRenewal(PartialDate renewedOn, LocalDate newValidUntil, List<Source> stepSources) {
        return new Agreement(id, kind, title, parties, fields, upgrades, AgreementStatus.SIGNED, proposedOn, signedOn,
                signedNoLaterThan, signedAt, newValidUntil != null ? newValidUntil : validUntil, renewedOn, renewedOn,
                null, Sources.merge(sources, stepSources));
    }

    Agreement withEndReason(String reason) {
        return new Agreement(id, kind, title, parties, fields, upgrades, status, proposedOn, signedOn,
                signedNoLaterThan, signedAt, validUntil, lastRenewedOn, lastChangedOn, reason, sources);
    }
}
