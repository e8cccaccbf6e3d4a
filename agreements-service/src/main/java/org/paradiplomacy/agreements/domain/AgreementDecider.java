package org.paradiplomacy.agreements.domain;

import static org.paradiplomacy.agreements.domain.AgreementStatus.EXPIRED;
import static org.paradiplomacy.agreements.domain.AgreementStatus.PROPOSED;
import static org.paradiplomacy.agreements.domain.AgreementStatus.SIGNED;
import static org.paradiplomacy.agreements.domain.AgreementStatus.SUSPENDED;
import static org.paradiplomacy.agreements.domain.AgreementStatus.TERMINATED;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.paradiplomacy.agreements.domain.AgreementCommand.ExpireAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.ProposeAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.RecordSignedAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.ReinstateAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.RenewAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.SignAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.Signing;
import org.paradiplomacy.agreements.domain.AgreementCommand.SuspendAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.TerminateAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.Terms;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementExpired;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementProposed;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementReinstated;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementRenewed;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementSigned;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementSigningAttested;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementSuspended;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementTerminated;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

/**
 * The life of an agreement: proposed, signed (or recorded as signed on a past date), renewed, suspended and
 * reinstated, and finally terminated or expired. Steps happen in date order and never in the future; two or more
 * distinct, known, unretired parties.
 */
public final class AgreementDecider implements Decider<AgreementCommand, AgreementEvent, Agreement> {

    private final Clock clock;

    public AgreementDecider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Agreement initialState() {
        return null;
    }

    @Override
    public List<AgreementEvent> decide(AgreementCommand command, Agreement agreement) {
        LocalDate today = LocalDate.now(clock);
        if (command instanceof ProposeAgreement || command instanceof RecordSignedAgreement) {
            if (agreement != null) {
                throw new StateConflict("Agreement " + agreement.id() + " is already recorded");
            }
        } else if (agreement == null) {
            throw new NotFound("No such agreement is recorded");
        }
        Rules rules = new Rules();
        return switch (command) {
            case ProposeAgreement propose -> {
                checkTerms(rules, propose.terms());
                Checks.pastDate(rules, "proposedOn", propose.proposedOn(), today, null, null);
                rules.check();
                yield List.of(proposed(propose.agreementId(), propose.terms(), propose.proposedOn()));
            }
            case RecordSignedAgreement record -> {
                checkTerms(rules, record.terms());
                if (record.proposedOn() != null) {
                    Checks.pastDate(rules, "proposedOn", record.proposedOn(), today, null, null);
                }
                checkSigning(rules, record.signing(), today, record.proposedOn());
                rules.check();
                yield List.of(proposed(record.agreementId(), record.terms(), record.proposedOn()),
                        signed(record.agreementId(), record.signing()));
            }
            case SignAgreement sign -> {
                requireStatus(agreement, "signed", EnumSet.of(PROPOSED));
                checkSigning(rules, sign.signing(), today, agreement.lastChangedOn());
                rules.check();
                yield List.of(signed(agreement.id(), sign.signing()));
            }
            case RenewAgreement renew -> {
                requireStatus(agreement, "renewed", EnumSet.of(SIGNED));
                Checks.pastDate(rules, "renewedOn", renew.renewedOn(), today, agreement.lastChangedOn(), "its last change");
                rules.requirePlausible("validUntil", renew.validUntil());
                rules.require(renew.validUntil() == null || renew.renewedOn() == null
                        || renew.validUntil().isAfter(renew.renewedOn()), "validUntil", "must be after renewedOn");
                rules.check();
                yield List.of(new AgreementRenewed(agreement.id(), renew.renewedOn(), renew.validUntil()));
            }
            case SuspendAgreement suspend -> {
                requireStatus(agreement, "suspended", EnumSet.of(SIGNED));
                Checks.pastDate(rules, "suspendedOn", suspend.suspendedOn(), today, agreement.lastChangedOn(), "its last change");
                Checks.text(rules, "reason", suspend.reason(), EngagementLimits.TEXT, false);
                rules.check();
                yield List.of(new AgreementSuspended(agreement.id(), suspend.suspendedOn(), Checks.strip(suspend.reason())));
            }
            case ReinstateAgreement reinstate -> {
                requireStatus(agreement, "reinstated", EnumSet.of(SUSPENDED));
                Checks.pastDate(rules, "reinstatedOn", reinstate.reinstatedOn(), today, agreement.lastChangedOn(), "its suspension");
                rules.check();
                yield List.of(new AgreementReinstated(agreement.id(), reinstate.reinstatedOn()));
            }
            case TerminateAgreement terminate -> {
                requireStatus(agreement, "terminated", EnumSet.of(PROPOSED, SIGNED, SUSPENDED));
                Checks.pastDate(rules, "terminatedOn", terminate.terminatedOn(), today, agreement.lastChangedOn(), "its last change");
                Checks.text(rules, "reason", terminate.reason(), EngagementLimits.TEXT, true);
                rules.check();
                yield List.of(new AgreementTerminated(agreement.id(), terminate.terminatedOn(), Checks.strip(terminate.reason())));
            }
            case ExpireAgreement expire -> {
                requireStatus(agreement, "expired", EnumSet.of(SIGNED, SUSPENDED));
                Checks.pastDate(rules, "expiredOn", expire.expiredOn(), today, agreement.lastChangedOn(), "its last change");
                rules.check();
                yield List.of(new AgreementExpired(agreement.id(), expire.expiredOn()));
            }
        };
    }

    private static void checkTerms(Rules rules, Terms terms) {
        rules.require(terms.kind() != null, "kind", "is required");
        Checks.text(rules, "title", terms.title(), EngagementLimits.TITLE, true);
        Checks.actors(rules, "parties", terms.parties(), 2, EngagementLimits.PARTIES);
        Checks.fields(rules, terms.fields());
        if (terms.upgrades() != null && Checks.id(rules, "upgrades", terms.upgrades().id(), "an agreement id")) {
            rules.require(terms.upgrades().exists(), "upgrades", "no agreement " + terms.upgrades().id() + " is recorded");
        }
    }

    private static void checkSigning(Rules rules, Signing signing, LocalDate today, LocalDate notBefore) {
        if (signing.signedOn() == null && signing.signedNoLaterThan() != null) {
            Checks.pastDate(rules, "signedNoLaterThan", signing.signedNoLaterThan(), today, notBefore, "the proposal");
        } else {
            rules.require(signing.signedNoLaterThan() == null, "signedNoLaterThan",
                    "must not be given with signedOn: give the day if it is known, otherwise the latest it can be");
            Checks.pastDate(rules, "signedOn", signing.signedOn(), today, notBefore, "the proposal");
        }
        LocalDate signedBy = signing.signedOn() != null ? signing.signedOn() : signing.signedNoLaterThan();
        Checks.text(rules, "place", signing.place(), EngagementLimits.PLACE, false);
        rules.requirePlausible("validUntil", signing.validUntil());
        rules.require(signing.validUntil() == null || signedBy == null || signing.validUntil().isAfter(signedBy),
                "validUntil", "must be after the signing");
    }

    private static AgreementEvent signed(String id, Signing signing) {
        String place = Checks.strip(signing.place());
        return signing.signedOn() != null
                ? new AgreementSigned(id, signing.signedOn(), place, signing.validUntil())
                : new AgreementSigningAttested(id, signing.signedNoLaterThan(), place, signing.validUntil());
    }

    private static void requireStatus(Agreement agreement, String step, Set<AgreementStatus> allowed) {
        if (!allowed.contains(agreement.status())) {
            throw new StateConflict("Agreement " + agreement.id() + " is " + agreement.status() + " and cannot be "
                    + step + " (only when " + allowed.stream().map(Object::toString).reduce((a, b) -> a + " or " + b).orElse("") + ")");
        }
    }

    private static AgreementProposed proposed(String id, Terms terms, LocalDate proposedOn) {
        return new AgreementProposed(id, terms.kind(), Checks.strip(terms.title()), Checks.ids(terms.parties()),
                Checks.distinct(terms.fields()), terms.upgrades() == null ? null : terms.upgrades().id(), proposedOn);
    }

    @Override
    public Agreement evolve(Agreement a, AgreementEvent event) {
        return switch (event) {
            case AgreementProposed e -> new Agreement(e.agreementId(), e.kind(), e.title(), List.copyOf(e.parties()),
                    e.fields() == null ? List.of() : List.copyOf(e.fields()), e.upgrades(), PROPOSED, e.proposedOn(),
                    null, null, null, null, null, e.proposedOn(), null);
            case AgreementSigned e -> new Agreement(a.id(), a.kind(), a.title(), a.parties(), a.fields(), a.upgrades(),
                    SIGNED, a.proposedOn(), e.signedOn(), null, e.place(), e.validUntil(), null, e.signedOn(), null);
            case AgreementSigningAttested e -> new Agreement(a.id(), a.kind(), a.title(), a.parties(), a.fields(),
                    a.upgrades(), SIGNED, a.proposedOn(), null, e.signedNoLaterThan(), e.place(), e.validUntil(), null,
                    e.signedNoLaterThan(), null);
            case AgreementRenewed e -> new Agreement(a.id(), a.kind(), a.title(), a.parties(), a.fields(), a.upgrades(),
                    SIGNED, a.proposedOn(), a.signedOn(), a.signedNoLaterThan(), a.signedAt(),
                    e.validUntil() != null ? e.validUntil() : a.validUntil(), e.renewedOn(), e.renewedOn(), null);
            case AgreementSuspended e -> a.next(SUSPENDED, e.suspendedOn());
            case AgreementReinstated e -> a.next(SIGNED, e.reinstatedOn());
            case AgreementTerminated e -> withEnd(a.next(TERMINATED, e.terminatedOn()), e.reason());
            case AgreementExpired e -> a.next(EXPIRED, e.expiredOn());
        };
    }

    private static Agreement withEnd(Agreement a, String reason) {
        return new Agreement(a.id(), a.kind(), a.title(), a.parties(), a.fields(), a.upgrades(), a.status(),
                a.proposedOn(), a.signedOn(), a.signedNoLaterThan(), a.signedAt(), a.validUntil(), a.lastRenewedOn(),
                a.lastChangedOn(), reason);
    }
}
