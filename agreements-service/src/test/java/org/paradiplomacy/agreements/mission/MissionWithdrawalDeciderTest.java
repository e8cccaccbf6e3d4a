package org.paradiplomacy.agreements.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.agreements.engagement.Scenario.given;
import static org.paradiplomacy.agreements.mission.MissionDeciderTest.HOSTS;
import static org.paradiplomacy.agreements.mission.MissionDeciderTest.LEADER;
import static org.paradiplomacy.agreements.mission.MissionDeciderTest.MISSIONS;
import static org.paradiplomacy.agreements.mission.MissionDeciderTest.PLANNED;
import static org.paradiplomacy.agreements.mission.MissionDeciderTest.START;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.mission.MissionCommand.CancelMission;
import org.paradiplomacy.agreements.mission.MissionCommand.CompleteMission;
import org.paradiplomacy.agreements.mission.MissionCommand.WithdrawMission;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionCompleted;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionWithdrawn;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.Source;

/** Missions recorded in error, given/when/then. */
class MissionWithdrawalDeciderTest {

    static final MissionWithdrawn WITHDRAWN = new MissionWithdrawn("m", "recorded twice", LEADER, HOSTS, null);

    @Test
    void aMissionIsWithdrawnWhateverItsStatusWithAReason() {
        given(MISSIONS, PLANNED).when(new WithdrawMission(" recorded twice ")).then(WITHDRAWN);
        MissionCompleted completed = new MissionCompleted("m", LEADER, HOSTS, START, null, List.of(), null);
        given(MISSIONS, PLANNED, completed).when(new WithdrawMission("recorded twice")).then(WITHDRAWN);
        Source source = new Source("Visit programme", null, null, null, null, null, null);
        assertThat(given(MISSIONS, PLANNED).when(new WithdrawMission("x", List.of(source), null)).events())
                .singleElement().extracting(e -> ((MissionWithdrawn) e).sources()).isEqualTo(List.of(source));
        assertThat(given(MISSIONS, PLANNED).when(new WithdrawMission(null)).refusedFields()).containsExactly("reason");
        given(MISSIONS).when(new WithdrawMission("x")).thenFails().isInstanceOf(NotFound.class);
    }

    @Test
    void aWithdrawnMissionTakesNoFurtherCommand() {
        Mission mission = MISSIONS.fold(null, List.of(PLANNED, WITHDRAWN));
        assertThat(mission.withdrawn()).isTrue();
        assertThat(mission.status()).isEqualTo(MissionStatus.PLANNED);
        given(MISSIONS, PLANNED, WITHDRAWN).when(new WithdrawMission("again")).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("was withdrawn");
        given(MISSIONS, PLANNED, WITHDRAWN).when(new CompleteMission(START, null, List.of())).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("takes no further command");
        given(MISSIONS, PLANNED, WITHDRAWN).when(new CancelMission(START, null)).thenFails()
                .isInstanceOf(StateConflict.class);
    }
}
