package org.paradiplomacy.agreements.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.Checks;
import org.paradiplomacy.agreements.engagement.EngagementLimits;
import org.paradiplomacy.agreements.mission.MissionCommand.Actors;
import org.paradiplomacy.agreements.mission.MissionCommand.CancelMission;
import org.paradiplomacy.agreements.mission.MissionCommand.CompleteMission;
import org.paradiplomacy.agreements.mission.MissionCommand.PlanMission;
import org.paradiplomacy.agreements.mission.MissionCommand.SignedAgreementRef;
import org.paradiplomacy.agreements.mission.MissionCommand.Step;
import org.paradiplomacy.agreements.mission.MissionCommand.WithdrawMission;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionCancelled;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionCompleted;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionPlanned;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionWithdrawn;
import org.paradiplomacy.agreements.engagement.WithdrawalChecks;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.Sources;

/**
 * The life of a mission: planned (possibly in the past, to record history), then completed not wholly before it
 * started, or cancelled; or withdrawn, whatever its status, when it was recorded in error (it then takes no
 * further command). A leader and at least one host, all known and unretired, the leader not among the hosts
 * ({@link MissionChecks} checks what a command gives). Every event carries the leader and hosts as the command
 * brings them from the directory, and the sources of its step.
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
                MissionChecks.plan(rules, plan, today);
                rules.check();
                yield List.of(new MissionPlanned(plan.missionId(), plan.kind(), plan.leader().snapshot(),
                        Checks.snapshots(plan.hosts()), plan.startsOn(), plan.endsOn(), Checks.strip(plan.purpose()),
                        Checks.distinct(plan.fields()), Sources.ofEvent(plan.sources())));
            }
            case CompleteMission complete -> {
                requirePlanned(mission, "completed");
                List<SignedAgreementRef> signed = complete.agreementsSigned() == null ? List.of() : complete.agreementsSigned();
                MissionChecks.completion(rules, complete.completedOn(), complete.outcomes(), signed, today,
                        mission.startsOn());
                Sources.check(rules, "sources", complete.sources(), today);
                rules.check();
                Actors actors = actors(complete, mission);
                yield List.of(new MissionCompleted(mission.id(), actors.leader(), actors.hosts(),
                        complete.completedOn(), Checks.strip(complete.outcomes()),
                        Checks.distinct(signed.stream().map(SignedAgreementRef::id).toList()),
                        Sources.ofEvent(complete.sources())));
            }
            case WithdrawMission withdraw -> {
                requireRecorded(mission);
                WithdrawalChecks.withdrawal(rules, withdraw.reason(), withdraw.sources(), today);
                rules.check();
                Actors actors = actors(withdraw, mission);
                yield List.of(new MissionWithdrawn(mission.id(), Checks.strip(withdraw.reason()), actors.leader(),
                        actors.hosts(), Sources.ofEvent(withdraw.sources())));
            }
            case CancelMission cancel -> {
                requirePlanned(mission, "cancelled");
                Checks.pastDate(rules, "cancelledOn", cancel.cancelledOn(), today, null, null);
                Checks.text(rules, "reason", cancel.reason(), EngagementLimits.TEXT, false);
                Sources.check(rules, "sources", cancel.sources(), today);
                rules.check();
                Actors actors = actors(cancel, mission);
                yield List.of(new MissionCancelled(mission.id(), actors.leader(), actors.hosts(),
                        cancel.cancelledOn(), Checks.strip(cancel.reason()), Sources.ofEvent(cancel.sources())));
            }
        };
    }

    /** The leader and hosts as the command brings them from the directory, or else by the mission's ids. */
    private static Actors actors(Step step, Mission mission) {
        return step.actors() != null ? step.actors()
                : new Actors(ActorSnapshot.unknown(mission.leader()), ActorSnapshot.unknown(mission.hosts()));
    }

    /** A recorded mission that was not withdrawn: a withdrawn one takes no further command. */
    private static void requireRecorded(Mission mission) {
        if (mission == null) {
            throw new NotFound("No such mission is recorded");
        }
        WithdrawalChecks.notWithdrawn(mission.withdrawn(), "Mission", mission.id());
    }

    private static void requirePlanned(Mission mission, String step) {
        requireRecorded(mission);
        if (mission.status() != MissionStatus.PLANNED) {
            throw new StateConflict("Mission " + mission.id() + " is " + mission.status() + " and cannot be " + step);
        }
    }

    @Override
    public Mission evolve(Mission m, MissionEvent event) {
        return switch (event) {
            case MissionPlanned e -> new Mission(e.missionId(), e.kind(), e.leader().actorId(),
                    List.copyOf(ActorSnapshot.ids(e.hosts())), e.startsOn(), e.endsOn(), e.purpose(),
                    e.fields() == null ? List.of() : List.copyOf(e.fields()), MissionStatus.PLANNED, null, null,
                    List.of(), null, null, Sources.merge(List.of(), e.sources()), false);
            case MissionCompleted e -> m.withCompletion(e.completedOn(), e.outcomes(),
                    e.agreementsSigned() == null ? List.of() : List.copyOf(e.agreementsSigned()), e.sources());
            case MissionCancelled e -> m.withCancellation(e.cancelledOn(), e.reason(), e.sources());
            case MissionWithdrawn e -> m.withWithdrawal(e.sources());
        };
    }
}
