package org.paradiplomacy.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.domain.ConferenceDecider.HoldConference;
import org.paradiplomacy.agreements.domain.MissionCommand.CancelMission;
import org.paradiplomacy.agreements.domain.MissionCommand.CompleteMission;
import org.paradiplomacy.agreements.domain.MissionCommand.PlanMission;
import org.paradiplomacy.agreements.domain.MissionCommand.SignedAgreementRef;
import org.paradiplomacy.agreements.domain.MissionEvent.MissionCancelled;
import org.paradiplomacy.agreements.domain.MissionEvent.MissionCompleted;
import org.paradiplomacy.agreements.domain.MissionEvent.MissionPlanned;
import org.paradiplomacy.agreements.domain.StatementDecider.IssueStatement;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

/** Missions, conferences and statements, given/when/then. */
class MissionDeciderTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    static final MissionDecider MISSIONS = new MissionDecider(CLOCK);
    static final ActorRef BIOBIO = new ActorRef("biobio", true, false);
    static final ActorRef HUBEI = new ActorRef("hubei", true, false);
    static final LocalDate START = LocalDate.of(2015, 10, 12);
    static final MissionPlanned PLANNED = new MissionPlanned("m", MissionKind.TRADE_MISSION, "biobio", List.of("hubei"),
            START, START.plusDays(6), "exports", List.of(CooperationField.TRADE));

    static List<String> fieldsOf(Runnable decision) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, decision::run);
        assertThat(violation).as("refused with 422").isNotNull();
        return violation.errors().stream().map(FieldError::field).toList();
    }

    static Mission state(MissionEvent... events) {
        return MISSIONS.fold(null, List.of(events));
    }

    @Test
    void aMissionIsPlannedWithALeaderAndHosts() {
        assertThat(MISSIONS.decide(new PlanMission("m", MissionKind.TRADE_MISSION, BIOBIO, List.of(HUBEI), START,
                START.plusDays(6), " exports ", List.of(CooperationField.TRADE)), null)).containsExactly(PLANNED);
        assertThat(fieldsOf(() -> MISSIONS.decide(new PlanMission("m", null, BIOBIO, List.of(BIOBIO), START,
                START.minusDays(1), null, null), null))).containsExactlyInAnyOrder("kind", "hosts", "endsOn");
        assertThat(fieldsOf(() -> MISSIONS.decide(new PlanMission("m", MissionKind.DELEGATION, ActorRef.unknown("x"),
                List.of(), null, null, null, null), null))).containsExactlyInAnyOrder("leader", "hosts", "startsOn");
    }

    @Test
    void aMissionIsCompletedNoEarlierThanItStarted() {
        assertThat(MISSIONS.decide(new CompleteMission(START.plusDays(6), "MoU", List.of(new SignedAgreementRef("a", true))),
                state(PLANNED))).containsExactly(new MissionCompleted("m", START.plusDays(6), "MoU", List.of("a")));
        assertThat(fieldsOf(() -> MISSIONS.decide(new CompleteMission(START.minusDays(1), null, null), state(PLANNED))))
                .containsExactly("completedOn");
        assertThat(fieldsOf(() -> MISSIONS.decide(new CompleteMission(START, null,
                List.of(new SignedAgreementRef("ghost", false))), state(PLANNED)))).containsExactly("agreementsSigned[0]");
    }

    @Test
    void aCancelledMissionCannotBeCompleted() {
        MissionCancelled cancelled = new MissionCancelled("m", LocalDate.of(2015, 9, 1), null);
        assertThat(MISSIONS.decide(new CancelMission(LocalDate.of(2015, 9, 1), null), state(PLANNED)))
                .containsExactly(cancelled);
        assertThatThrownBy(() -> MISSIONS.decide(new CompleteMission(START, null, null), state(PLANNED, cancelled)))
                .isInstanceOf(StateConflict.class).hasMessageContaining("cancelled");
    }

    @Test
    void aConferenceHasAHostAndDistinctParticipantsOnPastDays() {
        ConferenceDecider conferences = new ConferenceDecider(CLOCK);
        assertThat(conferences.decide(new HoldConference("c", "Forum", null, BIOBIO, List.of(HUBEI), START, null,
                "Concepción", null), null)).hasSize(1);
        assertThat(fieldsOf(() -> conferences.decide(new HoldConference("c", "", null, null, List.of(HUBEI, HUBEI),
                LocalDate.of(2099, 1, 1), LocalDate.of(2098, 1, 1), null, null), null)))
                .containsExactlyInAnyOrder("title", "host", "participants[1]", "startsOn", "endsOn");
    }

    @Test
    void aStatementIsAboutCounterpartsNotItsIssuer() {
        StatementDecider statements = new StatementDecider(CLOCK);
        assertThat(statements.decide(new IssueStatement("s", BIOBIO, List.of(HUBEI), START, "Joint statement",
                "https://example.org/s", null), null)).hasSize(1);
        assertThat(fieldsOf(() -> statements.decide(new IssueStatement("s", BIOBIO, List.of(BIOBIO), null, null,
                "ftp://x", null), null))).containsExactlyInAnyOrder("about", "issuedOn", "title", "url");
    }
}
