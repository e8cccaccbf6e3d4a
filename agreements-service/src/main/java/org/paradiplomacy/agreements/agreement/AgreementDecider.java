package org.paradiplomacy.agreements.agreement;

import static org.paradiplomacy.agreements.agreement.AgreementStatus.EXPIRED;
import static org.paradiplomacy.agreements.agreement.AgreementStatus.PROPOSED;
import static org.paradiplomacy.agreements.agreement.AgreementStatus.SIGNED;
import static org.paradiplomacy.agreements.agreement.AgreementStatus.SUPERSEDED;
import static org.paradiplomacy.agreements.agreement.AgreementStatus.SUSPENDED;
import static org.paradiplomacy.agreements.agreement.AgreementStatus.TERMINATED;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.paradiplomacy.agreements.agreement.AgreementCommand.ExpireAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.ProposeAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RecordSignedAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.ReinstateAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RenewAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.SignAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Step;
import org.paradiplomacy.agreements.agreement.AgreementCommand.SupersedeAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.SuspendAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.UpgradeRef;
import org.paradiplomacy.agreements.agreement.AgreementCommand.WithdrawAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.TerminateAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Terms;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementExpired;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementProposed;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementReinstated;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementRenewed;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementSigned;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementSigningAttested;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementSuperseded;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementSuspended;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementWithdrawn;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementTerminated;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.engagement.WithdrawalChecks;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/**
 * The life of an agreement: proposed, signed (or recorded as signed on a past date), renewed, suspended and
 * reinstated, and finally terminated, expired, or superseded by the upgrade that names it (from the upgrade's
 * signing on); or withdrawn at any point, when it was recorded in error, after which it takes no command. No step
 * wholly precedes the one before it, nor lies wholly in the future (dates are as precise as their sources); two
 * or more distinct, known, unretired parties
 * ({@link AgreementChecks} checks what a command gives). Every event carries the parties as the command brings
 * them from the directory, and the sources of its step.
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
        } else if (agreement.withdrawn()) {
            throw new StateConflict("Agreement " + agreement.id() + " was withdrawn (recorded in error) and takes no"
                    + " further command");
        }
        Rules rules = new Rules();
        return switch (command) {
            case ProposeAgreement propose -> {
                AgreementChecks.terms(rules, propose.terms(), propose.agreementId());
                Checks.pastDate(rules, "proposedOn", propose.proposedOn(), today, null, null);
                Sources.check(rules, "sources", propose.sources(), today);
                rules.check();
                requireUpgradable(propose.terms().upgrades());
                yield List.of(proposed(propose.agreementId(), propose.terms(), propose.proposedOn(), propose.sources()));
            }
            case RecordSignedAgreement record -> {
                AgreementChecks.terms(rules, record.terms(), record.agreementId());
                if (record.proposedOn() != null) {
                    Checks.pastDate(rules, "proposedOn", record.proposedOn(), today, null, null);
                }
                Sources.check(rules, "sources", record.sources(), today);
                AgreementChecks.signing(rules, record.signing(), today, record.proposedOn(), "signed.sources");
                rules.check();
                requireUpgradable(record.terms().upgrades());
                yield List.of(proposed(record.agreementId(), record.terms(), record.proposedOn(), record.sources()),
                        signed(record.agreementId(), Checks.snapshots(record.terms().parties()), record.signing()));
            }
            case SignAgreement sign -> {
                requireStatus(agreement, "signed", EnumSet.of(PROPOSED));
                AgreementChecks.signing(rules, sign.signing(), today, agreement.lastChangedOn(), "sources");
                rules.check();
                yield List.of(signed(agreement.id(), parties(sign, agreement), sign.signing()));
            }
            case RenewAgreement renew -> {
                requireStatus(agreement, "renewed", EnumSet.of(SIGNED));
                AgreementChecks.renewal(rules, renew, today, agreement.lastChangedOn());
                rules.check();
                yield List.of(new AgreementRenewed(agreement.id(), parties(renew, agreement), renew.renewedOn(),
                        renew.validUntil(), Sources.ofEvent(renew.sources())));
            }
            case SuspendAgreement suspend -> {
                requireStatus(agreement, "suspended", EnumSet.of(SIGNED));
                Checks.pastDate(rules, "suspendedOn", suspend.suspendedOn(), today, agreement.lastChangedOn(), "its last change");
                Checks.text(rules, "reason", suspend.reason(), EngagementLimits.TEXT, false);
                Sources.check(rules, "sources", suspend.sources(), today);
                rules.check();
                yield List.of(new AgreementSuspended(agreement.id(), parties(suspend, agreement), suspend.suspendedOn(),
                        Checks.strip(suspend.reason()), Sources.ofEvent(suspend.sources())));
            }
            case ReinstateAgreement reinstate -> {
                requireStatus(agreement, "reinstated", EnumSet.of(SUSPENDED));
                Checks.pastDate(rules, "reinstatedOn", reinstate.reinstatedOn(), today, agreement.lastChangedOn(), "its suspension");
                Sources.check(rules, "sources", reinstate.sources(), today);
                rules.check();
                yield List.of(new AgreementReinstated(agreement.id(), parties(reinstate, agreement),
                        reinstate.reinstatedOn(), Sources.ofEvent(reinstate.sources())));
            }
            case TerminateAgreement terminate -> {
                requireStatus(agreement, "terminated", EnumSet.of(PROPOSED, SIGNED, SUSPENDED));
                Checks.pastDate(rules, "terminatedOn", terminate.terminatedOn(), today, agreement.lastChangedOn(), "its last change");
                Checks.text(rules, "reason", terminate.reason(), EngagementLimits.TEXT, true);
                Sources.check(rules, "sources", terminate.sources(), today);
                rules.check();
                yield List.of(new AgreementTerminated(agreement.id(), parties(terminate, agreement),
                        terminate.terminatedOn(), Checks.strip(terminate.reason()), Sources.ofEvent(terminate.sources())));
            }
            case SupersedeAgreement supersede -> {
                if (agreement.status() == SUPERSEDED) {
                    throw new StateConflict("Agreement " + agreement.id() + " is already superseded by agreement "
                            + agreement.supersededBy());
                }
                requireStatus(agreement, "upgraded", EnumSet.of(SIGNED, SUSPENDED));
                Checks.pastDate(rules, supersede.field(), supersede.supersededOn(), today, agreement.lastChangedOn(),
                        "the last change of the agreement it upgrades");
                rules.check();
                yield List.of(new AgreementSuperseded(agreement.id(), supersede.supersededBy(),
                        supersede.supersededOn(), parties(supersede, agreement), Sources.ofEvent(supersede.sources())));
            }
            case WithdrawAgreement withdraw -> {
                if (withdraw.superseded() != null) {
                    throw new StateConflict("Agreement " + agreement.id() + " superseded agreement "
                            + withdraw.superseded() + " when it was signed and cannot be withdrawn");
                }
                WithdrawalChecks.withdrawal(rules, withdraw.reason(), withdraw.sources(), today);
                rules.check();
                yield List.of(new AgreementWithdrawn(agreement.id(), Checks.strip(withdraw.reason()),
                        parties(withdraw, agreement), Sources.ofEvent(withdraw.sources())));
            }
            case ExpireAgreement expire -> {
                requireStatus(agreement, "expired", EnumSet.of(SIGNED, SUSPENDED));
                Checks.pastDate(rules, "expiredOn", expire.expiredOn(), today, agreement.lastChangedOn(), "its last change");
                Sources.check(rules, "sources", expire.sources(), today);
                rules.check();
                yield List.of(new AgreementExpired(agreement.id(), parties(expire, agreement), expire.expiredOn(),
                        Sources.ofEvent(expire.sources())));
            }
        };
    }

    /** The parties as the command brings them from the directory, or else by the ids the agreement has. */
    private static List<ActorSnapshot> parties(Step step, Agreement agreement) {
        return step.parties() != null ? step.parties() : ActorSnapshot.unknown(agreement.parties());
    }

    private static AgreementEvent signed(String id, List<ActorSnapshot> parties, Signing signing) {
        String place = Checks.strip(signing.place());
        List<Source> sources = Sources.ofEvent(signing.sources());
        return signing.signedOn() != null
                ? new AgreementSigned(id, parties, signing.signedOn(), place, signing.validUntil(), sources)
                : new AgreementSigningAttested(id, parties, signing.signedNoLaterThan(), place, signing.validUntil(), sources);
    }

    /** An agreement already superseded, or upgraded by another that is not withdrawn nor abandoned, is taken. */
    private static void requireUpgradable(UpgradeRef upgraded) {
        if (upgraded == null) {
            return;
        }
        if (upgraded.supersededBy() != null) {
            throw new StateConflict("Agreement " + upgraded.id() + " is already superseded by agreement "
                    + upgraded.supersededBy() + ": upgrade that one instead");
        }
        if (upgraded.upgradedBy() != null) {
            throw new StateConflict("Agreement " + upgraded.id() + " is already upgraded by agreement "
                    + upgraded.upgradedBy() + " (withdraw or terminate that one first)");
        }
    }

    private static void requireStatus(Agreement agreement, String step, Set<AgreementStatus> allowed) {
        if (!allowed.contains(agreement.status())) {
            throw new StateConflict("Agreement " + agreement.id() + " is " + agreement.status() + " and cannot be "
                    + step + " (only when " + allowed.stream().map(Object::toString).reduce((a, b) -> a + " or " + b).orElse("") + ")");
        }
    }

    private static AgreementProposed proposed(String id, Terms terms, PartialDate proposedOn, List<Source> sources) {
        return new AgreementProposed(id, terms.kind(), Checks.strip(terms.title()), Checks.snapshots(terms.parties()),
                Checks.distinct(terms.fields()), terms.upgrades() == null ? null : terms.upgrades().id(), proposedOn,
                Sources.ofEvent(sources));
    }

    @Override
    public Agreement evolve(Agreement a, AgreementEvent event) {
        return switch (event) {
            case AgreementProposed e -> new Agreement(e.agreementId(), e.kind(), e.title(),
                    List.copyOf(ActorSnapshot.ids(e.parties())), e.fields() == null ? List.of() : List.copyOf(e.fields()),
                    e.upgrades(), PROPOSED, e.proposedOn(), null, null, null, null, null, e.proposedOn(), null,
                    Sources.merge(List.of(), e.sources()), null, null, false);
            case AgreementSigned e -> a.withSigning(e.signedOn(), null, e.place(), e.validUntil(), e.sources());
            case AgreementSigningAttested e -> a.withSigning(null, e.signedNoLaterThan(), e.place(), e.validUntil(), e.sources());
            case AgreementRenewed e -> a.withRenewal(e.renewedOn(), e.validUntil(), e.sources());
            case AgreementSuspended e -> a.withStatus(SUSPENDED, e.suspendedOn(), e.sources());
            case AgreementReinstated e -> a.withStatus(SIGNED, e.reinstatedOn(), e.sources());
            case AgreementTerminated e -> a.withStatus(TERMINATED, e.terminatedOn(), e.sources()).withEndReason(e.reason());
            case AgreementExpired e -> a.withStatus(EXPIRED, e.expiredOn(), e.sources());
            case AgreementSuperseded e -> a.withSupersession(e.supersededBy(), e.supersededOn(), e.sources());
            case AgreementWithdrawn e -> a.withWithdrawal(e.sources());
        };
    }
}
