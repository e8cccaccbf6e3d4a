package org.paradiplomacy.agreements.agreement;

import java.time.LocalDate;
import java.util.List;
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
        List<Source> sources,
        /** The agreement that upgraded it, signed on {@code supersededOn}; it is superseded from then on. */
        String supersededBy,
        PartialDate supersededOn,
        /** Recorded in error: it takes no further command and leaves every figure. */
        boolean withdrawn) {

    public Agreement {
        sources = sources == null ? List.of() : sources;
    }

    /** The agreement as a step of its life on {@code on} leaves it, with that step's sources. */
    Agreement withStatus(AgreementStatus newStatus, PartialDate on, List<Source> stepSources) {
        return new Agreement(id, kind, title, parties, fields, upgrades, newStatus, proposedOn, signedOn,
                signedNoLaterThan, signedAt, validUntil, lastRenewedOn, on, endReason,
                Sources.merge(sources, stepSources), supersededBy, supersededOn, withdrawn);
    }

    /** Signed on a known date, or ({@code signedOn} null) no later than {@code noLaterThan}. */
    Agreement withSigning(PartialDate signedOn, LocalDate noLaterThan, String place, LocalDate validUntil,
            List<Source> stepSources) {
        return new Agreement(id, kind, title, parties, fields, upgrades, AgreementStatus.SIGNED, proposedOn, signedOn,
                noLaterThan, place, validUntil, null, signedOn != null ? signedOn : PartialDate.of(noLaterThan), null,
                Sources.merge(sources, stepSources), supersededBy, supersededOn, withdrawn);
    }

    /** Renewed, with a new term if one is given. */
    Agreement withRenewal(PartialDate renewedOn, LocalDate newValidUntil, List<Source> stepSources) {
        return new Agreement(id, kind, title, parties, fields, upgrades, AgreementStatus.SIGNED, proposedOn, signedOn,
                signedNoLaterThan, signedAt, newValidUntil != null ? newValidUntil : validUntil, renewedOn, renewedOn,
                null, Sources.merge(sources, stepSources), supersededBy, supersededOn, withdrawn);
    }

    Agreement withEndReason(String reason) {
        return new Agreement(id, kind, title, parties, fields, upgrades, status, proposedOn, signedOn,
                signedNoLaterThan, signedAt, validUntil, lastRenewedOn, lastChangedOn, reason, sources, supersededBy,
                supersededOn, withdrawn);
    }

    /** Superseded by its upgrade from the upgrade's signing on. */
    Agreement withSupersession(String upgrade, PartialDate on, List<Source> stepSources) {
        return new Agreement(id, kind, title, parties, fields, upgrades, AgreementStatus.SUPERSEDED, proposedOn,
                signedOn, signedNoLaterThan, signedAt, validUntil, lastRenewedOn, on, endReason,
                Sources.merge(sources, stepSources), upgrade, on, withdrawn);
    }

    Agreement withWithdrawal(List<Source> stepSources) {
        return new Agreement(id, kind, title, parties, fields, upgrades, status, proposedOn, signedOn,
                signedNoLaterThan, signedAt, validUntil, lastRenewedOn, lastChangedOn, endReason,
                Sources.merge(sources, stepSources), supersededBy, supersededOn, true);
    }

    /** In force: signed, and neither suspended, superseded, ended nor withdrawn. */
    public boolean active() {
        return status == AgreementStatus.SIGNED && !withdrawn;
    }

    /** The day its signing counts from: its date, or the day a source attests it; null before it is signed. */
    public PartialDate signedBy() {
        return signedOn != null ? signedOn : PartialDate.of(signedNoLaterThan);
    }
}
