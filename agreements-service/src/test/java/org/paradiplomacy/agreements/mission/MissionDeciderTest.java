package org.paradiplomacy.agreements.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.agreements.engagement.Scenario.CLOCK;
import static org.paradiplomacy.agreements.engagement.Scenario.given;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.mission.MissionCommand.CancelMission;
import org.paradiplomacy.agreements.mission.MissionCommand.CompleteMission;
import org.paradiplomacy.agreements.mission.MissionCommand.PlanMission;
import org.paradiplomacy.agreements.mission.MissionCommand.SignedAgreementRef;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionCancelled;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionCompleted;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionPlanned;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.PartialDate;

/** Missions, given/when/then. */
class MissionDeciderTest {

    static final MissionDecider MISSIONS = new MissionDecider(CLOCK);
    static final ActorRef BIOBIO = new ActorRef("biobio", true, false);
    static final ActorRef HUBEI = new ActorRef("hubei", true, false);
    static final PartialDate START = day(LocalDate.of(2015, 10, 12));
    static final PartialDate END = day(LocalDate.of(2015, 10, 18));
    static final ActorSnapshot LEADER = ActorSnapshot.unknown("biobio");
    static final List<ActorSnapshot> HOSTS = List.of(ActorSnapshot.unknown("hubei"));
    static final MissionPlanned PLANNED = new MissionPlanned("m", MissionKind.TRADE_MISSION, LEADER, HOSTS,
            START, END, "exports", List.of(CooperationField.TRADE), null);

    static PartialDate day(LocalDate day) {
        return PartialDate.of(day);
    }

    @Test
    void aMissionIsPlannedWithALeaderAndHosts() {
        given(MISSIONS).when(new PlanMission("m", MissionKind.TRADE_MISSION, BIOBIO, List.of(HUBEI), START,
                END, " exports ", List.of(CooperationField.TRADE))).then(PLANNED);
        assertThat(given(MISSIONS).when(new PlanMission("m", null, BIOBIO, List.of(BIOBIO), START,
                day(LocalDate.of(2015, 10, 11)), null, null)).refusedFields()).containsExactlyInAnyOrder("kind", "hosts", "endsOn");
        assertThat(given(MISSIONS).when(new PlanMission("m", MissionKind.DELEGATION, ActorRef.unknown("x"),
                List.of(), null, null, null, null)).refusedFields()).containsExactlyInAnyOrder("leader", "hosts", "startsOn");
    }

    @Test
    void aMissionIsCompletedNoEarlierThanItStarted() {
        given(MISSIONS, PLANNED).when(new CompleteMission(END, "MoU", List.of(new SignedAgreementRef("a", true)))).then(new MissionCompleted("m", LEADER, HOSTS, END, "MoU", List.of("a"), null));
        assertThat(given(MISSIONS, PLANNED).when(new CompleteMission(day(LocalDate.of(2015, 10, 11)), null, null)).refusedFields())
                .containsExactly("completedOn");
        assertThat(given(MISSIONS, PLANNED).when(new CompleteMission(START, null,
                List.of(new SignedAgreementRef("ghost", false)))).refusedFields()).containsExactly("agreementsSigned[0]");
    }

    @Test
    void aCancelledMissionCannotBeCompleted() {
        MissionCancelled cancelled = new MissionCancelled("m", LEADER, HOSTS, day(LocalDate.of(2015, 9, 1)), null, null);
        assertThat(given(MISSIONS, PLANNED).when(new CancelMission(day(LocalDate.of(2015, 9, 1)), null)).events())
                .containsExactly(cancelled);
        given(MISSIONS, PLANNED, cancelled).when(new CompleteMission(START, null, null)).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("cancelled");
    }

    @Test
    void aMissionPlannedForAMonthMayBeCompletedInItsYearButNotWhollyBeforeIt() {
        MissionPlanned inMay = new MissionPlanned("m", MissionKind.OFFICIAL_VISIT, LEADER, HOSTS,
                PartialDate.parse("2019-05"), null, null, List.of(), null);
        assertThat(given(MISSIONS, inMay).when(new CompleteMission(PartialDate.parse("2019"), null, null)).events())
                .containsExactly(new MissionCompleted("m", LEADER, HOSTS, PartialDate.parse("2019"), null, List.of(), null));
        assertThat(given(MISSIONS, inMay).when(new CompleteMission(PartialDate.parse("2019-04"), null, null))
                .refusedFields()).containsExactly("completedOn");
        assertThat(given(MISSIONS).when(new PlanMission("m", MissionKind.DELEGATION, BIOBIO, List.of(HUBEI),
                PartialDate.parse("2019-05"), PartialDate.parse("2019"), null, null)).events()).hasSize(1);
        assertThat(given(MISSIONS).when(new PlanMission("m", MissionKind.DELEGATION, BIOBIO, List.of(HUBEI),
                PartialDate.parse("2019-05"), PartialDate.parse("2019-04"), null, null)).refusedFields())
                .containsExactly("endsOn");
    }

    @Test
    void aCompletionCarriesTheLeaderAndHostsTheServiceLooksUp() {
        ActorSnapshot biobio = new ActorSnapshot("biobio", "Biobío", "province", "CL", "CL-BI");
        List<ActorSnapshot> hubei = List.of(new ActorSnapshot("hubei", "Hubei", "province", "CN", "CN-HB"));
        assertThat(given(MISSIONS, PLANNED).when(new CompleteMission(END, null, null, null,
                new MissionCommand.Actors(biobio, hubei))).events())
                .containsExactly(new MissionCompleted("m", biobio, hubei, END, null, List.of(), null));
    }
}
