package org.paradiplomacy.agreements.agreement;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;

/** What happens to an agreement; each event carries the day it took effect. */
public sealed interface AgreementEvent {

    String agreementId();

    /** The day the event took effect, which the state "as of" a date follows; null if unknown. */
    LocalDate effectiveOn();

    record AgreementProposed(String agreementId, AgreementKind kind, String title, List<String> parties,
            List<CooperationField> fields, String upgrades, LocalDate proposedOn) implements AgreementEvent {

        @Override
        public LocalDate effectiveOn() {
            return proposedOn;
        }
    }

    record AgreementSigned(String agreementId, LocalDate signedOn, String place, LocalDate validUntil)
            implements AgreementEvent {

        @Override
        public LocalDate effectiveOn() {
            return signedOn;
        }
    }

    /**
     * The agreement was signed on a day no source gives, but no later than {@code signedNoLaterThan}: the day a
     * source (such as a list of sister cities) attests that it exists. It counts as signed from that day.
     */
    record AgreementSigningAttested(String agreementId, LocalDate signedNoLaterThan, String place,
            LocalDate validUntil) implements AgreementEvent {

        @Override
        public LocalDate effectiveOn() {
            return signedNoLaterThan;
        }
    }

    record AgreementRenewed(String agreementId, LocalDate renewedOn, LocalDate validUntil) implements AgreementEvent {

        @Override
        public LocalDate effectiveOn() {
            return renewedOn;
        }
    }

    record AgreementSuspended(String agreementId, LocalDate suspendedOn, String reason) implements AgreementEvent {

        @Override
        public LocalDate effectiveOn() {
            return suspendedOn;
        }
    }

    record AgreementReinstated(String agreementId, LocalDate reinstatedOn) implements AgreementEvent {

        @Override
        public LocalDate effectiveOn() {
            return reinstatedOn;
        }
    }

    record AgreementTerminated(String agreementId, LocalDate terminatedOn, String reason) implements AgreementEvent {

        @Override
        public LocalDate effectiveOn() {
            return terminatedOn;
        }
    }

    record AgreementExpired(String agreementId, LocalDate expiredOn) implements AgreementEvent {

        @Override
        public LocalDate effectiveOn() {
            return expiredOn;
        }
    }
}
