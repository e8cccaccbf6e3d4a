package org.paradiplomacy.agreements.mission;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.agreements.engagement.CooperationField;

/** What happens to a mission; each event carries the day it took effect. */
public sealed interface MissionEvent {

    String missionId();

    LocalDate effectiveOn();

    record MissionPlanned(String missionId, MissionKind kind, String leader, List<String> hosts, LocalDate startsOn,
            LocalDate endsOn, String purpose, List<CooperationField> fields) implements MissionEvent {

        /** A mission counts from the day it starts. */
        @Override
        public LocalDate effectiveOn() {
            return startsOn;
        }
    }

    record MissionCompleted(String missionId, LocalDate completedOn, String outcomes, List<String> agreementsSigned)
            implements MissionEvent {

        @Override
        public LocalDate effectiveOn() {
            return completedOn;
        }
    }

    record MissionCancelled(String missionId, LocalDate cancelledOn, String reason) implements MissionEvent {

        @Override
        public LocalDate effectiveOn() {
            return cancelledOn;
        }
    }
}
