package org.paradiplomacy.agreements.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.domain.MissionCommand.CancelMission;
import org.paradiplomacy.agreements.domain.MissionCommand.CompleteMission;
import org.paradiplomacy.agreements.domain.MissionCommand.PlanMission;
import org.paradiplomacy.agreements.domain.MissionCommand.SignedAgreementRef;
import org.paradiplomacy.agreements.domain.MissionEvent.MissionCancelled;
import org.paradiplomacy.agreements.domain.MissionEvent.MissionCompleted;
import org.paradiplomacy.agreements.domain.MissionEvent.MissionPlanned;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

/**
 * The life of a mission: planned (possibly in the past, to record history), then completed no earlier than it
 * started, or cancelled. A leader and at least one host, all known and unretired, the leader not among the hosts.
 */
public final class MissionDecider implements Decider<MissionCommand, MissionEvent, Mission> {

    private final Clock clock;

    public MissionDecider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mission initialState() {
        return null;
    }

    @Override
    public List<MissionEvent> decide(MissionCommand command, Mission mission) {
        LocalDate today = LocalDate.now(clock);
        Rules rules = new Rules();
        return switch (command) {
            case PlanMission plan -> {
                if (mission != null) {
                    throw new StateConflict("Mission " + mission.id() + " is already planned");
                }
                rules.require(plan.kind() != null, "kind", "is required");
                Checks.actor(rules, "leader", plan.leader());
                Checks.actors(rules, "hosts", plan.hosts(), 1, EngagementLimits.HOSTS);
                if (plan.leader() != null && plan.hosts() != null) {
                    rules.require(plan.hosts().stream().noneMatch(h -> h != null && plan.leader().id().equals(h.id())),
                            "hosts", "the leader is not its own host");
                }
                rules.require(plan.startsOn() != null, "startsOn", "is required");
                rules.requirePlausible("startsOn", plan.startsOn()).requirePlausible("endsOn", plan.endsOn());
                rules.require(plan.endsOn() == null || plan.startsOn() == null || !plan.endsOn().isBefore(plan.startsOn()),
                        "endsOn", "must not be before startsOn");
                Checks.text(rules, "purpose", plan.purpose(), EngagementLimits.TEXT, false);
                Checks.fields(rules, plan.fields());
                rules.check();
                yield List.of(new MissionPlanned(plan.missionId(), plan.kind(), plan.leader().id(),
                        Checks.ids(plan.hosts()), plan.startsOn(), plan.endsOn(), Checks.strip(plan.purpose()),
                        Checks.distinct(plan.fields())));
            }
            case CompleteMission complete -> {
                requirePlanned(mission, "completed");
                Checks.pastDate(rules, "completedOn", complete.completedOn(), today, mission.startsOn(),
                        "the mission started");
                Checks.text(rules, "outcomes", complete.outcomes(), EngagementLimits.TEXT, false);
                List<SignedAgreementRef> signed = complete.agreementsSigned() == null ? List.of() : complete.agreementsSigned();
                if (Checks.count(rules, "agreementsSigned", signed, EngagementLimits.AGREEMENTS_SIGNED, "agreements")) {
                    for (int i = 0; i < signed.size(); i++) {
                        SignedAgreementRef agreement = signed.get(i);
                        String at = "agreementsSigned[" + i + "]";
                        if (agreement == null) {
                            rules.add(at, "must be an agreement id");
                        } else if (Checks.id(rules, at, agreement.id(), "an agreement id")) {
                            rules.require(agreement.exists(), at, "no agreement " + agreement.id() + " is recorded");
                        }
                    }
                }
                rules.check();
                yield List.of(new MissionCompleted(mission.id(), complete.completedOn(),
                        Checks.strip(complete.outcomes()),
                        Checks.distinct(signed.stream().map(SignedAgreementRef::id).toList())));
            }
            case CancelMission cancel -> {
                requirePlanned(mission, "cancelled");
                Checks.pastDate(rules, "cancelledOn", cancel.cancelledOn(), today, null, null);
                Checks.text(rules, "reason", cancel.reason(), EngagementLimits.TEXT, false);
                rules.check();
                yield List.of(new MissionCancelled(mission.id(), cancel.cancelledOn(), Checks.strip(cancel.reason())));
            }
        };
    }

    private static void requirePlanned(Mission mission, String step) {
        if (mission == null) {
            throw new NotFound("No such mission is recorded");
        }
        if (mission.status() != MissionStatus.PLANNED) {
            throw new StateConflict("Mission " + mission.id() + " is " + mission.status() + " and cannot be " + step);
        }
    }

    @Override
    public Mission evolve(Mission m, MissionEvent event) {
        return switch (event) {
            case MissionPlanned e -> new Mission(e.missionId(), e.kind(), e.leader(), List.copyOf(e.hosts()),
                    e.startsOn(), e.endsOn(), e.purpose(), e.fields() == null ? List.of() : List.copyOf(e.fields()),
                    MissionStatus.PLANNED, null, null, List.of(), null, null);
            case MissionCompleted e -> new Mission(m.id(), m.kind(), m.leader(), m.hosts(), m.startsOn(), m.endsOn(),
                    m.purpose(), m.fields(), MissionStatus.COMPLETED, e.completedOn(), e.outcomes(),
                    e.agreementsSigned() == null ? List.of() : List.copyOf(e.agreementsSigned()), null, null);
            case MissionCancelled e -> new Mission(m.id(), m.kind(), m.leader(), m.hosts(), m.startsOn(), m.endsOn(),
                    m.purpose(), m.fields(), MissionStatus.CANCELLED, null, null, List.of(), e.cancelledOn(), e.reason());
        };
    }
}
