package org.paradiplomacy.agreements.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.agreements.engagement.Scenario.CLOCK;
import static org.paradiplomacy.agreements.engagement.Scenario.given;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.conference.ConferenceDecider;
import org.paradiplomacy.agreements.conference.ConferenceDecider.HoldConference;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.agreements.mission.MissionCommand.CancelMission;
import org.paradiplomacy.agreements.mission.MissionCommand.CompleteMission;
import org.paradiplomacy.agreements.mission.MissionCommand.PlanMission;
import org.paradiplomacy.agreements.mission.MissionCommand.SignedAgreementRef;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionCancelled;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionCompleted;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionPlanned;
import org.paradiplomacy.agreements.statement.StatementDecider;
import org.paradiplomacy.agreements.statement.StatementDecider.IssueStatement;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

/** Missions, conferences and statements, given/when/then. */
class MissionDeciderTest {

    static final MissionDecider MISSIONS = new MissionDecider(CLOCK);
    static final ConferenceDecider CONFERENCES = new ConferenceDecider(CLOCK);
    static final StatementDecider STATEMENTS = new StatementDecider(CLOCK);
    static final ActorRef BIOBIO = new ActorRef("biobio", true, false);
    static final ActorRef HUBEI = new ActorRef("hubei", true, false);
    static final LocalDate START = LocalDate.of(2015, 10, 12);
    static final MissionPlanned PLANNED = new MissionPlanned("m", MissionKind.TRADE_MISSION, "biobio", List.of("hubei"),
            START, START.plusDays(6), "exports", List.of(CooperationField.TRADE));

    @Test
    void aMissionIsPlannedWithALeaderAndHosts() {
        given(MISSIONS).when(new PlanMission("m", MissionKind.TRADE_MISSION, BIOBIO, List.of(HUBEI), START,
                START.plusDays(6), " exports ", List.of(CooperationField.TRADE))).then(PLANNED);
        assertThat(given(MISSIONS).when(new PlanMission("m", null, BIOBIO, List.of(BIOBIO), START,
                START.minusDays(1), null, null)).refusedFields()).containsExactlyInAnyOrder("kind", "hosts", "endsOn");
        assertThat(given(MISSIONS).when(new PlanMission("m", MissionKind.DELEGATION, ActorRef.unknown("x"),
                List.of(), null, null, null, null)).refusedFields()).containsExactlyInAnyOrder("leader", "hosts", "startsOn");
    }

    @Test
    void aMissionIsCompletedNoEarlierThanItStarted() {
        given(MISSIONS, PLANNED).when(new CompleteMission(START.plusDays(6), "MoU", List.of(new SignedAgreementRef("a", true)))).then(new MissionCompleted("m", START.plusDays(6), "MoU", List.of("a")));
        assertThat(given(MISSIONS, PLANNED).when(new CompleteMission(START.minusDays(1), null, null)).refusedFields())
                .containsExactly("completedOn");
        assertThat(given(MISSIONS, PLANNED).when(new CompleteMission(START, null,
                List.of(new SignedAgreementRef("ghost", false)))).refusedFields()).containsExactly("agreementsSigned[0]");
    }

    @Test
    void aCancelledMissionCannotBeCompleted() {
        MissionCancelled cancelled = new MissionCancelled("m", LocalDate.of(2015, 9, 1), null);
        assertThat(given(MISSIONS, PLANNED).when(new CancelMission(LocalDate.of(2015, 9, 1), null)).events())
                .containsExactly(cancelled);
        given(MISSIONS, PLANNED, cancelled).when(new CompleteMission(START, null, null)).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("cancelled");
    }

    @Test
    void aConferenceHasAHostAndDistinctParticipantsOnPastDays() {
        assertThat(given(CONFERENCES).when(new HoldConference("c", "Forum", null, BIOBIO, List.of(HUBEI), START, null,
                "Concepción", null)).events()).hasSize(1);
        assertThat(given(CONFERENCES).when(new HoldConference("c", "", null, null, List.of(HUBEI, HUBEI),
                LocalDate.of(2099, 1, 1), LocalDate.of(2098, 1, 1), null, null)).refusedFields())
                .containsExactlyInAnyOrder("title", "host", "participants[1]", "startsOn", "endsOn");
    }

    @Test
    void aStatementIsAboutCounterpartsNotItsIssuer() {
        assertThat(given(STATEMENTS).when(new IssueStatement("s", BIOBIO, List.of(HUBEI), START, "Joint statement",
                "https://example.org/s", null)).events()).hasSize(1);
        assertThat(given(STATEMENTS).when(new IssueStatement("s", BIOBIO, List.of(BIOBIO), null, null,
                "ftp://x", null)).refusedFields()).containsExactlyInAnyOrder("about", "issuedOn", "title", "url");
    }
}
