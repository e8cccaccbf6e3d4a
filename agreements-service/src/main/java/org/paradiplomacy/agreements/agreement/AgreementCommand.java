package org.paradiplomacy.agreements.agreement;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.CooperationField;

/** What a client asks of an agreement; the actors and the agreement it names come already looked up. */
public sealed interface AgreementCommand {

    /** The terms of a new agreement. */
    record Terms(AgreementKind kind, String title, List<ActorRef> parties, List<CooperationField> fields,
            UpgradeRef upgrades) {
    }

    /** The agreement a new one upgrades (a letter of intent followed by an MoU), as this service knows it. */
    record UpgradeRef(String id, boolean exists) {
    }

    record ProposeAgreement(String agreementId, Terms terms, LocalDate proposedOn) implements AgreementCommand {
    }

    /**
     * A signing: on a known day, or, when a source only attests that the agreement exists (a list of sister
     * cities without dates), on an unknown day no later than the one the source vouches for. Exactly one is given.
     */
    record Signing(LocalDate signedOn, LocalDate signedNoLaterThan, String place, LocalDate validUntil) {

        public static Signing on(LocalDate signedOn, String place, LocalDate validUntil) {
            return new Signing(signedOn, null, place, validUntil);
        }
    }

    /** An agreement recorded at once as signed on a past date; the day it was proposed may be unknown. */
    record RecordSignedAgreement(String agreementId, Terms terms, LocalDate proposedOn, Signing signing)
            implements AgreementCommand {
    }

    record SignAgreement(Signing signing) implements AgreementCommand {
    }

    record RenewAgreement(LocalDate renewedOn, LocalDate validUntil) implements AgreementCommand {
    }

    record SuspendAgreement(LocalDate suspendedOn, String reason) implements AgreementCommand {
    }

    record ReinstateAgreement(LocalDate reinstatedOn) implements AgreementCommand {
    }

    record TerminateAgreement(LocalDate terminatedOn, String reason) implements AgreementCommand {
    }

    record ExpireAgreement(LocalDate expiredOn) implements AgreementCommand {
    }
}
