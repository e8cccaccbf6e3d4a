package org.paradiplomacy.agreements.agreement;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.Withdrawn;
import org.paradiplomacy.eventsourcing.aggregate.SchemaVersion;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/**
 * What happens to an agreement. Each event carries the date it took effect, at the precision of its source, the
 * parties as the directory knew them when it was recorded, and the sources of that step, so a subscriber needs
 * nothing else. Version 2 (dates at their precision, parties' snapshots, sources); {@link AgreementUpcasters}
 * reads version 1.
 */
public sealed interface AgreementEvent {

    String AGREEMENT_ID = "The agreement's id";
    String PARTIES = "The parties as the directory knew them when the event was recorded; absent on events recorded"
            + " before version 2 of a lifecycle step";
    String SOURCES = "Where this step is known from; absent when none was given";

    String agreementId();

    /** The date the event took effect, which the state "as of" a day follows; null if unknown. */
    PartialDate effectiveOn();

    @SchemaVersion(2)
    record AgreementProposed(
            @Schema(description = AGREEMENT_ID, format = "uuid", required = true) String agreementId,
            @Schema(description = "letter-of-intent, memorandum-of-understanding, cooperation, friendly-exchange or sister-city", required = true) AgreementKind kind,
            @Schema(description = "Its title", required = true) String title,
            @Schema(description = "The parties, two or more, as the directory knew them when it was recorded", required = true) List<ActorSnapshot> parties,
            @Schema(description = "Fields of cooperation") List<CooperationField> fields,
            @Schema(description = "The id of the agreement it upgrades (a letter of intent followed by an MoU)", format = "uuid") String upgrades,
            @Schema(description = "When it was proposed, as precisely as known; absent when it was recorded directly as signed and that is unknown") PartialDate proposedOn,
            @Schema(description = SOURCES) List<Source> sources) implements AgreementEvent {

        @Override
        public PartialDate effectiveOn() {
            return proposedOn;
        }
    }

    @SchemaVersion(2)
    record AgreementSigned(
            @Schema(description = AGREEMENT_ID, format = "uuid", required = true) String agreementId,
            @Schema(description = PARTIES) List<ActorSnapshot> parties,
            @Schema(description = "When it was signed, as precisely as known", required = true) PartialDate signedOn,
            @Schema(description = "Where it was signed") String place,
            @Schema(description = "The last day it is valid, if it has a term", format = "date") LocalDate validUntil,
            @Schema(description = SOURCES) List<Source> sources) implements AgreementEvent {

        @Override
        public PartialDate effectiveOn() {
            return signedOn;
        }
    }

    /**
     * The agreement was signed on a day no source gives, but no later than {@code signedNoLaterThan}: the day a
     * source (such as a list of sister cities) attests that it exists. It counts as signed from that day.
     */
    @SchemaVersion(2)
    record AgreementSigningAttested(
            @Schema(description = AGREEMENT_ID, format = "uuid", required = true) String agreementId,
            @Schema(description = PARTIES) List<ActorSnapshot> parties,
            @Schema(description = "The day a source attests it: it was signed on or before this day", format = "date", required = true) LocalDate signedNoLaterThan,
            @Schema(description = "Where it was signed") String place,
            @Schema(description = "The last day it is valid, if it has a term", format = "date") LocalDate validUntil,
            @Schema(description = SOURCES) List<Source> sources) implements AgreementEvent {

        @Override
        public PartialDate effectiveOn() {
            return PartialDate.of(signedNoLaterThan);
        }
    }

    @SchemaVersion(2)
    record AgreementRenewed(
            @Schema(description = AGREEMENT_ID, format = "uuid", required = true) String agreementId,
            @Schema(description = PARTIES) List<ActorSnapshot> parties,
            @Schema(description = "When it was renewed, as precisely as known", required = true) PartialDate renewedOn,
            @Schema(description = "The new last day it is valid, if a term was given", format = "date") LocalDate validUntil,
            @Schema(description = SOURCES) List<Source> sources) implements AgreementEvent {

        @Override
        public PartialDate effectiveOn() {
            return renewedOn;
        }
    }

    @SchemaVersion(2)
    record AgreementSuspended(
            @Schema(description = AGREEMENT_ID, format = "uuid", required = true) String agreementId,
            @Schema(description = PARTIES) List<ActorSnapshot> parties,
            @Schema(description = "When it was suspended, as precisely as known", required = true) PartialDate suspendedOn,
            @Schema(description = "Why") String reason,
            @Schema(description = SOURCES) List<Source> sources) implements AgreementEvent {

        @Override
        public PartialDate effectiveOn() {
            return suspendedOn;
        }
    }

    @SchemaVersion(2)
    record AgreementReinstated(
            @Schema(description = AGREEMENT_ID, format = "uuid", required = true) String agreementId,
            @Schema(description = PARTIES) List<ActorSnapshot> parties,
            @Schema(description = "When it was in force again, as precisely as known", required = true) PartialDate reinstatedOn,
            @Schema(description = SOURCES) List<Source> sources) implements AgreementEvent {

        @Override
        public PartialDate effectiveOn() {
            return reinstatedOn;
        }
    }

    @SchemaVersion(2)
    record AgreementTerminated(
            @Schema(description = AGREEMENT_ID, format = "uuid", required = true) String agreementId,
            @Schema(description = PARTIES) List<ActorSnapshot> parties,
            @Schema(description = "When it was terminated (or the proposal abandoned), as precisely as known", required = true) PartialDate terminatedOn,
            @Schema(description = "Why", required = true) String reason,
            @Schema(description = SOURCES) List<Source> sources) implements AgreementEvent {

        @Override
        public PartialDate effectiveOn() {
            return terminatedOn;
        }
    }

    @SchemaVersion(2)
    record AgreementExpired(
            @Schema(description = AGREEMENT_ID, format = "uuid", required = true) String agreementId,
            @Schema(description = PARTIES) List<ActorSnapshot> parties,
            @Schema(description = "When it reached the end of its term, as precisely as known", required = true) PartialDate expiredOn,
            @Schema(description = SOURCES) List<Source> sources) implements AgreementEvent {

        @Override
        public PartialDate effectiveOn() {
            return expiredOn;
        }
    }

    /**
     * An agreement upgraded by a later one (a letter of intent by an MoU): in force until the upgrade's signing,
     * superseded from then on. Recorded in the transaction of the upgrade's signing.
     */
    record AgreementSuperseded(
            @Schema(description = AGREEMENT_ID + ": the upgraded, older agreement", format = "uuid", required = true) String agreementId,
            @Schema(description = "The id of the agreement that upgrades it", format = "uuid", required = true) String supersededBy,
            @Schema(description = "From when it is superseded: the upgrade's signing date, as precisely as known (for a signing attested without a date, the day attested)", required = true) PartialDate supersededOn,
            @Schema(description = PARTIES) List<ActorSnapshot> parties,
            @Schema(description = "The sources of the upgrade's signing; absent when none was given") List<Source> sources)
            implements AgreementEvent {

        @Override
        public PartialDate effectiveOn() {
            return supersededOn;
        }
    }

    /** An agreement recorded in error: it never happened, leaves every figure at every date, and stays readable. */
    record AgreementWithdrawn(
            @Schema(description = AGREEMENT_ID, format = "uuid", required = true) String agreementId,
            @Schema(description = "Why it was withdrawn", required = true) String reason,
            @Schema(description = PARTIES) List<ActorSnapshot> parties,
            @Schema(description = SOURCES) List<Source> sources) implements AgreementEvent, Withdrawn {

        /** A withdrawal holds at every date. */
        @Override
        public PartialDate effectiveOn() {
            return null;
        }
    }
}
