package org.paradiplomacy.agreements.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.agreements.conference.ConferenceDeciderTest.BIOBIO;
import static org.paradiplomacy.agreements.conference.ConferenceDeciderTest.CONFERENCES;
import static org.paradiplomacy.agreements.conference.ConferenceDeciderTest.HUBEI;
import static org.paradiplomacy.agreements.engagement.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.conference.ConferenceCommand.CorrectConference;
import org.paradiplomacy.agreements.conference.ConferenceCommand.WithdrawConference;
import org.paradiplomacy.agreements.conference.ConferenceDecider.HoldConference;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceCorrected;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceHeld;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceWithdrawn;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.agreements.engagement.ActorSnapshot;
import org.paradiplomacy.agreements.engagement.CooperationField;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** Conferences corrected, withdrawn, and held without their host among the participants, given/when/then. */
class ConferenceCorrectionDeciderTest {

    static final PartialDate NOVEMBER = PartialDate.parse("2016-11");
    static final ConferenceHeld HELD = new ConferenceHeld("c", "Forum", null, ActorSnapshot.unknown("biobio"),
            List.of(ActorSnapshot.unknown("hubei")), NOVEMBER, null, "Chongqing", List.of(CooperationField.TRADE), null);
    static final Source PRESS = new Source("Forum in Chongqing", null, null, null, null, null, null);

    static CorrectConference correction(String title, PartialDate startsOn, List<Source> sources) {
        return new CorrectConference(title, null, BIOBIO, List.of(HUBEI), startsOn, null, "Chongqing",
                List.of(CooperationField.TRADE), sources);
    }

    @Test
    void aConferenceRefusesItsHostAmongItsParticipants() {
        assertThat(given(CONFERENCES).when(new HoldConference("c", "Forum", null, BIOBIO, List.of(HUBEI, BIOBIO),
                NOVEMBER, null, null, null)).refusedFields()).containsExactly("participants");
        assertThat(given(CONFERENCES, HELD).when(new CorrectConference("Forum", null, BIOBIO, List.of(BIOBIO), NOVEMBER,
                null, null, null, null)).refusedFields()).containsExactly("participants");
    }

    @Test
    void aCorrectionGivesTheWholeCheckedLikeARecordingAndReplacesIt() {
        PartialDate day = PartialDate.parse("2016-11-24");
        ConferenceCorrected corrected = new ConferenceCorrected("c", "Forum of local governments", null,
                ActorSnapshot.unknown("biobio"), List.of(ActorSnapshot.unknown("hubei")), day, null, "Chongqing",
                List.of(CooperationField.TRADE), List.of(PRESS));
        given(CONFERENCES, HELD).when(correction(" Forum of local governments ", day, List.of(PRESS))).then(corrected);
        Conference conference = CONFERENCES.fold(null, List.of(HELD, corrected));
        assertThat(conference.title()).isEqualTo("Forum of local governments");
        assertThat(conference.startsOn()).isEqualTo(day);
        assertThat(conference.sources()).containsExactly(PRESS);
        assertThat(given(CONFERENCES, HELD).when(new CorrectConference("", null, null, List.of(HUBEI, HUBEI),
                PartialDate.parse("2099"), null, null, null, null)).refusedFields())
                .containsExactlyInAnyOrder("title", "host", "participants[1]", "startsOn");
        given(CONFERENCES).when(correction("Forum", day, null)).thenFails().isInstanceOf(NotFound.class);
    }

    @Test
    void aCorrectionThatChangesNothingAndBringsNoNewSourceRecordsNothing() {
        assertThat(given(CONFERENCES, HELD).when(correction(" Forum ", NOVEMBER, null)).events()).isEmpty();
        assertThat(given(CONFERENCES, HELD).when(correction("Forum", NOVEMBER, List.of(PRESS))).events())
                .as("a new source alone is recorded").hasSize(1);
        ConferenceCorrected sourced = new ConferenceCorrected("c", "Forum", null, ActorSnapshot.unknown("biobio"),
                List.of(ActorSnapshot.unknown("hubei")), NOVEMBER, null, "Chongqing", List.of(CooperationField.TRADE),
                List.of(PRESS));
        assertThat(given(CONFERENCES, HELD, sourced).when(correction("Forum", NOVEMBER, List.of(PRESS))).events())
                .as("the same source again").isEmpty();
    }

    @Test
    void anActorTheConferenceAlreadyNamesMayHaveRetiredSince() {
        ActorRef retiredHubei = new ActorRef("hubei", true, true);
        assertThat(given(CONFERENCES, HELD).when(new CorrectConference("Forum", null, BIOBIO, List.of(retiredHubei),
                NOVEMBER, null, "Chengdu", null, null)).events()).hasSize(1);
        assertThat(given(CONFERENCES, HELD).when(new CorrectConference("Forum", null, BIOBIO,
                List.of(new ActorRef("lima", true, true)), NOVEMBER, null, null, null, null)).refusedFields())
                .containsExactly("participants[0]");
    }

    @Test
    void aWithdrawnConferenceTakesNoFurtherCommand() {
        ConferenceWithdrawn withdrawn = new ConferenceWithdrawn("c", "recorded twice", null);
        given(CONFERENCES, HELD).when(new WithdrawConference(" recorded twice ", null)).then(withdrawn);
        assertThat(given(CONFERENCES, HELD).when(new WithdrawConference("", null)).refusedFields()).containsExactly("reason");
        assertThat(CONFERENCES.fold(null, List.of(HELD, withdrawn)).withdrawn()).isTrue();
        given(CONFERENCES, HELD, withdrawn).when(new WithdrawConference("again", null)).thenFails()
                .isInstanceOf(StateConflict.class).hasMessageContaining("was withdrawn");
        given(CONFERENCES, HELD, withdrawn).when(correction("Forum", NOVEMBER, null)).thenFails()
                .isInstanceOf(StateConflict.class);
    }
}
