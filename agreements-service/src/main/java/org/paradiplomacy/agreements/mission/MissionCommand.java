package org.paradiplomacy.agreements.mission;

import java.util.List;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** What a client asks of a mission; the actors and agreements it names come already looked up. */
public sealed interface MissionCommand {

    record PlanMission(String missionId, MissionKind kind, ActorRef leader, List<ActorRef> hosts,
            PartialDate startsOn, PartialDate endsOn, String purpose, List<CooperationField> fields,
            List<Source> sources) implements MissionCommand {

        public PlanMission(String missionId, MissionKind kind, ActorRef leader, List<ActorRef> hosts,
                PartialDate startsOn, PartialDate endsOn, String purpose, List<CooperationField> fields) {
            this(missionId, kind, leader, hosts, startsOn, endsOn, purpose, fields, null);
        }
    }

    /**
     * The leader and hosts of a planned mission as the directory knows them when a later step is recorded, which
     * its event carries; without them (null) the event names them by their ids alone.
     */
    record Actors(ActorSnapshot leader, List<ActorSnapshot> hosts) {
    }

    /** A step of a planned mission, which the service gives its actors as the directory knows them. */
    sealed interface Step extends MissionCommand {

        Actors actors();

        Step withActors(Actors actors);
    }

    /** Agreements signed during the mission, as this service knows them (an id and whether it is recorded). */
    record SignedAgreementRef(String id, boolean exists) {
    }

    record CompleteMission(PartialDate completedOn, String outcomes, List<SignedAgreementRef> agreementsSigned,
            List<Source> sources, Actors actors) implements Step {

        public CompleteMission(PartialDate completedOn, String outcomes, List<SignedAgreementRef> agreementsSigned) {
            this(completedOn, outcomes, agreementsSigned, null, null);
        }

        @Override
        public Step withActors(Actors known) {
            return new CompleteMission(completedOn, outcomes, agreementsSigned, sources, known);
        }
    }

    record CancelMission(PartialDate cancelledOn, String reason, List<Source> sources, Actors actors)
            implements Step {

        public CancelMission(PartialDate cancelledOn, String reason) {
            this(cancelledOn, reason, null, null);
        }

        @Override
        public Step withActors(Actors known) {
            return new CancelMission(cancelledOn, reason, sources, known);
        }
    }

    /** The mission was recorded in error: whatever its status, it never happened. */
    record WithdrawMission(String reason, List<Source> sources, Actors actors) implements Step {

        public WithdrawMission(String reason) {
            this(reason, null, null);
        }

        @Override
        public Step withActors(Actors known) {
            return new WithdrawMission(reason, sources, known);
        }
    }
}
