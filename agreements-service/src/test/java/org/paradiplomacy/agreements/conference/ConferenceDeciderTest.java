package org.paradiplomacy.agreements.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.agreements.engagement.Scenario.CLOCK;
import static org.paradiplomacy.agreements.engagement.Scenario.given;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.conference.ConferenceDecider.HoldConference;
import org.paradiplomacy.agreements.engagement.ActorRef;
import org.paradiplomacy.provenance.PartialDate;

/** Conferences, given/when/then. */
class ConferenceDeciderTest {

    static final ConferenceDecider CONFERENCES = new ConferenceDecider(CLOCK);
    static final ActorRef BIOBIO = new ActorRef("biobio", true, false);
    static final ActorRef HUBEI = new ActorRef("hubei", true, false);

    @Test
    void aConferenceHasAHostAndDistinctParticipantsOnPastDays() {
        assertThat(given(CONFERENCES).when(new HoldConference("c", "Forum", null, BIOBIO, List.of(HUBEI),
                PartialDate.parse("2015-10-12"), null, "Concepción", null)).events()).hasSize(1);
        assertThat(given(CONFERENCES).when(new HoldConference("c", "", null, null, List.of(HUBEI, HUBEI),
                PartialDate.parse("2099"), PartialDate.parse("2098"), null, null)).refusedFields())
                .containsExactlyInAnyOrder("title", "host", "participants[1]", "startsOn", "endsOn");
    }
}
