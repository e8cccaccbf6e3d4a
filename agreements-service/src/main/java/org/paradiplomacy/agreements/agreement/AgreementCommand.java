package org.paradiplomacy.agreements.agreement;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** What a client asks of an agreement; the actors and the agreement it names come already looked up. */
public sealed interface AgreementCommand {

    /**
     * A step in the life of a recorded agreement. Its events carry the parties as the directory knows them when
     * the step is recorded: the service looks them up and gives them to the decider in the command. Without them
     * (null) the events name the parties by their ids alone.
     */
    sealed interface Step extends AgreementCommand {

        List<ActorSnapshot> parties();

        Step withParties(List<ActorSnapshot> parties);
    }

    /** The terms of a new agreement. */
    record Terms(AgreementKind kind, String title, List<ActorRef> parties, List<CooperationField> fields,
            UpgradeRef upgrades) {
    }

    /**
     * The agreement a new one upgrades (a letter of intent followed by an MoU), as this service knows it: its
     * parties (each id as the directory resolves it now), where it is in its life, and the agreement that already
     * upgrades it, if any.
     */
    record UpgradeRef(String id, boolean exists, List<ActorSnapshot> parties, AgreementStatus status,
            boolean withdrawn, String supersededBy, String upgradedBy) {

        public UpgradeRef(String id, boolean exists) {
            this(id, exists, List.of(), null, false, null, null);
        }
    }

    record ProposeAgreement(String agreementId, Terms terms, PartialDate proposedOn, List<Source> sources)
            implements AgreementCommand {

        public ProposeAgreement(String agreementId, Terms terms, PartialDate proposedOn) {
            this(agreementId, terms, proposedOn, null);
        }
    }

    /**
     * A signing: on a known date (as precise as its source), or, when a source only attests that the agreement
     * exists (a list of sister cities without dates), on an unknown day no later than the one the source vouches
     * for. Exactly one is given.
     */
    record Signing(PartialDate signedOn, LocalDate signedNoLaterThan, String place, LocalDate validUntil,
            List<Source> sources) {

        public static Signing on(PartialDate signedOn, String place, LocalDate validUntil) {
            return new Signing(signedOn, null, place, validUntil, null);
        }
    }

    /** An agreement recorded at once as signed on a past date; the date it was proposed may be unknown. */
    record RecordSignedAgreement(String agreementId, Terms terms, PartialDate proposedOn, List<Source> sources,
            Signing signing) implements AgreementCommand {

        public RecordSignedAgreement(String agreementId, Terms terms, PartialDate proposedOn, Signing signing) {
            this(agreementId, terms, proposedOn, null, signing);
        }
    }

    record SignAgreement(Signing signing, List<ActorSnapshot> parties) implements Step {

        public SignAgreement(Signing signing) {
            this(signing, null);
        }

        @Override
        public Step withParties(List<ActorSnapshot> known) {
            return new SignAgreement(signing, known);
        }
    }

    record RenewAgreement(PartialDate renewedOn, LocalDate validUntil, List<Source> sources,
            List<ActorSnapshot> parties) implements Step {

        public RenewAgreement(PartialDate renewedOn, LocalDate validUntil) {
            this(renewedOn, validUntil, null, null);
        }

        @Override
        public Step withParties(List<ActorSnapshot> known) {
            return new RenewAgreement(renewedOn, validUntil, sources, known);
        }
    }

    record SuspendAgreement(PartialDate suspendedOn, String reason, List<Source> sources,
            List<ActorSnapshot> parties) implements Step {

        public SuspendAgreement(PartialDate suspendedOn, String reason) {
            this(suspendedOn, reason, null, null);
        }

        @Override
        public Step withParties(List<ActorSnapshot> known) {
            return new SuspendAgreement(suspendedOn, reason, sources, known);
        }
    }

    record ReinstateAgreement(PartialDate reinstatedOn, List<Source> sources, List<ActorSnapshot> parties)
            implements Step {

        public ReinstateAgreement(PartialDate reinstatedOn) {
            this(reinstatedOn, null, null);
        }

        @Override
        public Step withParties(List<ActorSnapshot> known) {
            return new ReinstateAgreement(reinstatedOn, sources, known);
        }
    }

    record TerminateAgreement(PartialDate terminatedOn, String reason, List<Source> sources,
            List<ActorSnapshot> parties) implements Step {

        public TerminateAgreement(PartialDate terminatedOn, String reason) {
            this(terminatedOn, reason, null, null);
        }

        @Override
        public Step withParties(List<ActorSnapshot> known) {
            return new TerminateAgreement(terminatedOn, reason, sources, known);
        }
    }

    record ExpireAgreement(PartialDate expiredOn, List<Source> sources, List<ActorSnapshot> parties)
            implements Step {

        public ExpireAgreement(PartialDate expiredOn) {
            this(expiredOn, null, null);
        }

        @Override
        public Step withParties(List<ActorSnapshot> known) {
            return new ExpireAgreement(expiredOn, sources, known);
        }
    }

    /**
     * The agreement is upgraded by {@code supersededBy}, signed on {@code supersededOn} with {@code sources}: recorded
     * in the transaction of that signing; {@code field} names the upgrade's signing date in a refusal.
     */
    record SupersedeAgreement(String supersededBy, PartialDate supersededOn, List<Source> sources, String field,
            List<ActorSnapshot> parties) implements Step {

        public SupersedeAgreement(String supersededBy, PartialDate supersededOn) {
            this(supersededBy, supersededOn, null, "signedOn", null);
        }

        @Override
        public Step withParties(List<ActorSnapshot> known) {
            return new SupersedeAgreement(supersededBy, supersededOn, sources, field, known);
        }
    }

    /**
     * The agreement was recorded in error. {@code superseded} is the agreement it superseded when it was signed, if
     * any, which the service looks up: such an upgrade cannot be withdrawn.
     */
    record WithdrawAgreement(String reason, List<Source> sources, String superseded, List<ActorSnapshot> parties)
            implements Step {

        public WithdrawAgreement(String reason) {
            this(reason, null, null, null);
        }

        @Override
        public Step withParties(List<ActorSnapshot> known) {
            return new WithdrawAgreement(reason, sources, superseded, known);
        }
    }
}
