package org.paradiplomacy.agreements.agreement.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.agreement.Agreement;
import org.paradiplomacy.agreements.agreement.AgreementKind;
import org.paradiplomacy.agreements.agreement.AgreementStatus;
import org.paradiplomacy.agreements.engagement.api.WithdrawalModel;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.Recorded;
import org.paradiplomacy.agreements.engagement.api.Docs;
import org.paradiplomacy.eventsourcing.rest.Versioned;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

@Schema(name = "Agreement", description = "An agreement between two or more actors and where it is in its life.")
public record AgreementModel(
        @Schema(description = "The agreement's id") String id,
        @Schema(description = "letter-of-intent, memorandum-of-understanding, cooperation, friendly-exchange or sister-city", examples = "sister-city") AgreementKind kind,
        @Schema(description = "Title", examples = "Sister-city agreement between Wuhan and Concepción") String title,
        @Schema(description = "The parties' actor ids") List<String> parties,
        @Schema(description = "Fields of cooperation") List<CooperationField> fields,
        @Schema(description = "The agreement this one upgrades (a letter of intent, then an MoU)") String upgrades,
        @Schema(description = "The agreement that upgrades this one: the one that superseded it, or one naming it that is not yet signed") String upgradedBy,
        @Schema(description = "proposed, signed, suspended, terminated, expired or superseded (by its upgrade, from the upgrade's signing on)", examples = "signed") AgreementStatus status,
        @Schema(description = "Signed and neither suspended, superseded, terminated, expired nor withdrawn") boolean active,
        @Schema(description = "When it was proposed, if known, as precisely as its source says", examples = "2016-01") PartialDate proposedOn,
        @Schema(description = "When it was signed, if known, as precisely as its source says (YYYY, YYYY-MM or YYYY-MM-DD)", examples = "2016-04") PartialDate signedOn,
        @Schema(description = "When the day of signing is unknown: the day a source attests it, on or before which it was signed") LocalDate signedNoLaterThan,
        @Schema(description = "Where it was signed", examples = "Wuhan") String signedAt,
        @Schema(description = "The last day it is valid, if it has a term") LocalDate validUntil,
        @Schema(description = "When it was last renewed") PartialDate lastRenewedOn,
        @Schema(description = "Why it was terminated") String endReason,
        @Schema(description = "The agreement that upgraded it, when it is superseded") String supersededBy,
        @Schema(description = "From when it is superseded: its upgrade's signing, as precisely as its source says", examples = "2019-05") PartialDate supersededOn,
        @Schema(description = Docs.WITHDRAWAL) WithdrawalModel withdrawal,
        @Schema(description = Docs.ALL_SOURCES) List<Source> sources,
        @Schema(description = Docs.SOURCED, examples = "true") boolean sourced,
        @Schema(description = "The version of its record, also its ETag", examples = "2") long version) implements Versioned {

    /** The agreement with the one that upgrades it, which the read model knows (null: none). */
    public static AgreementModel of(Recorded<Agreement> recorded, String upgradedBy) {
        Agreement a = recorded.state();
        return new AgreementModel(a.id(), a.kind(), a.title(), a.parties(), a.fields(), a.upgrades(), upgradedBy,
                a.status(), a.active(), a.proposedOn(), a.signedOn(), a.signedNoLaterThan(), a.signedAt(),
                a.validUntil(), a.lastRenewedOn(), a.endReason(), a.supersededBy(), a.supersededOn(),
                WithdrawalModel.of(recorded.withdrawal()), a.sources(), Sources.any(a.sources()), recorded.version());
    }
}
