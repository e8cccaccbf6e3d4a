package org.paradiplomacy.agreements.mission;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.CooperationField;

/** What a client asks of a mission; the actors and agreements it names come already looked up. */
public sealed interface MissionCommand {

    record PlanMission(String missionId, MissionKind kind, ActorRef leader, List<ActorRef> hosts, LocalDate startsOn,
            LocalDate endsOn, String purpose, List<CooperationField> fields) implements MissionCommand {
    }

    /** Agreements signed during the mission, as this service knows them (an id and whether it is recorded). */
    record SignedAgreementRef(String id, boolean exists) {
    }

    record CompleteMission(LocalDate completedOn, String outcomes, List<SignedAgreementRef> agreementsSigned)
            implements MissionCommand {
    }

    record CancelMission(LocalDate cancelledOn, String reason) implements MissionCommand {
    }
}
