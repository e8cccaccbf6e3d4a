package org.paradiplomacy.agreements.mission;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.engagement.Withdrawn;
import org.paradiplomacy.eventsourcing.aggregate.SchemaVersion;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/**
 * What happens to a mission. Each event carries the date it took effect, at the precision of its source, the
 * leader and hosts as the directory knew them when it was recorded, and the sources of that step. Version 2;
 * MissionService's codec reads version 1.
 */
public sealed interface MissionEvent {

    String MISSION_ID = "The mission's id";
    String LEADER = "The leading actor as the directory knew it when the event was recorded";
    String HOSTS = "The host actors as the directory knew them when the event was recorded";
    String STEP_ACTORS = "; absent on events recorded before version 2";
    String SOURCES = "Where this step is known from; absent when none was given";

    String missionId();

    PartialDate effectiveOn();

    @SchemaVersion(2)
    record MissionPlanned(
            @Schema(description = MISSION_ID, format = "uuid", required = true) String missionId,
            @Schema(description = "trade-mission, official-visit or delegation", required = true) MissionKind kind,
            @Schema(description = LEADER, required = true) ActorSnapshot leader,
            @Schema(description = HOSTS + ", one or more", required = true) List<ActorSnapshot> hosts,
            @Schema(description = "Its first day, as precisely as known", required = true) PartialDate startsOn,
            @Schema(description = "Its last day, as precisely as known") PartialDate endsOn,
            @Schema(description = "Its purpose") String purpose,
            @Schema(description = "Fields of cooperation") List<CooperationField> fields,
            @Schema(description = SOURCES) List<Source> sources) implements MissionEvent {

        /** A mission counts from its start. */
        @Override
        public PartialDate effectiveOn() {
            return startsOn;
        }
    }

    @SchemaVersion(2)
    record MissionCompleted(
            @Schema(description = MISSION_ID, format = "uuid", required = true) String missionId,
            @Schema(description = LEADER + STEP_ACTORS) ActorSnapshot leader,
            @Schema(description = HOSTS + STEP_ACTORS) List<ActorSnapshot> hosts,
            @Schema(description = "When it was completed, as precisely as known", required = true) PartialDate completedOn,
            @Schema(description = "What it achieved") String outcomes,
            @Schema(description = "The ids of agreements signed during it", format = "uuid") List<String> agreementsSigned,
            @Schema(description = SOURCES) List<Source> sources) implements MissionEvent {

        @Override
        public PartialDate effectiveOn() {
            return completedOn;
        }
    }

    @SchemaVersion(2)
    record MissionCancelled(
            @Schema(description = MISSION_ID, format = "uuid", required = true) String missionId,
            @Schema(description = LEADER + STEP_ACTORS) ActorSnapshot leader,
            @Schema(description = HOSTS + STEP_ACTORS) List<ActorSnapshot> hosts,
            @Schema(description = "When it was cancelled, as precisely as known", required = true) PartialDate cancelledOn,
            @Schema(description = "Why") String reason,
            @Schema(description = SOURCES) List<Source> sources) implements MissionEvent {

        @Override
        public PartialDate effectiveOn() {
            return cancelledOn;
        }
    }

    /** A mission recorded in error: it never happened, leaves every figure at every date, and stays readable. */
    record MissionWithdrawn(
            @Schema(description = MISSION_ID, format = "uuid", required = true) String missionId,
            @Schema(description = "Why it was withdrawn", required = true) String reason,
            @Schema(description = LEADER) ActorSnapshot leader,
            @Schema(description = HOSTS) List<ActorSnapshot> hosts,
            @Schema(description = SOURCES) List<Source> sources) implements MissionEvent, Withdrawn {

        /** A withdrawal holds at every date. */
        @Override
        public PartialDate effectiveOn() {
            return null;
        }
    }
}
