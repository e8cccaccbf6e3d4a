package org.paradiplomacy.actors.actor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.actors.actor.model.ActorDeciderTest.HUBEI;
import static org.paradiplomacy.actors.actor.model.ActorDeciderTest.UCLG_REF;
import static org.paradiplomacy.actors.actor.model.ActorDeciderTest.WUHAN;
import static org.paradiplomacy.actors.actor.model.Scenario.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.actors.actor.model.ActorCommand.CorrectActorDetails;
import org.paradiplomacy.actors.actor.model.ActorCommand.JoinNetwork;
import org.paradiplomacy.actors.actor.model.ActorCommand.LeaveNetwork;
import org.paradiplomacy.actors.actor.model.ActorCommand.RegisterActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.RenameActor;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorDetailsCorrected;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRegistered;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRenamed;
import org.paradiplomacy.actors.actor.model.ActorEvent.NetworkMembershipEnded;
import org.paradiplomacy.actors.actor.model.ActorEvent.NetworkMembershipStarted;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/** Sources on every actor command, and dates at the precision of their source: the edges of each rule. */
class ActorProvenanceTest {

    static final Source PROFILE = new Source("Wuhan city profile", "https://www.wuhan.gov.cn/zjwh/", null, null,
            null, "zh", null);
    static final Source LIST = new Source("UCLG members", null, null, PartialDate.parse("2019"), null, null, null);
    static final PartialDate SINCE = PartialDate.parse("2019-03-05");

    static PartialDate date(String text) {
        return PartialDate.parse(text);
    }

    static RegisterActor wuhanWith(List<Source> sources) {
        return new RegisterActor("wuhan", ActorKind.CITY, Names.english("Wuhan"), List.of(), "CN", "CN-HB", null,
                null, null, null, null, sources);
    }

    @Test
    void aSourceNeedsATitleOrAnHttpAddressAndARecordAtMostFive() {
        given().when(wuhanWith(List.of(new Source(" ", null, "Xinhua", null, null, null, null))))
                .thenRefused("sources[0]");
        given().when(wuhanWith(List.of(PROFILE, new Source(null, "ftp://wuhan.gov.cn/list", null, null, null, null,
                null)))).thenRefused("sources[1].url");
        given().when(wuhanWith(Collections.nCopies(6, PROFILE))).thenRefused("sources");
        given().when(wuhanWith(Collections.nCopies(5, PROFILE)))
                .then(new ActorRegistered("wuhan", ActorKind.CITY, Names.english("Wuhan"), List.of(), HUBEI, null,
                        null, null, null, null, Collections.nCopies(5, PROFILE)));
        given(WUHAN).when(new JoinNetwork(UCLG_REF, null, SINCE, List.of(new Source("UCLG", "mailto:x@uclg.org",
                null, null, null, null, null)))).thenRefused("sources[0].url");
    }

    @Test
    void aCommandWithoutSourcesRecordsNoneAndTheActorIsUnsourced() {
        given().when(wuhanWith(List.of())).then(new ActorRegistered("wuhan", ActorKind.CITY, Names.english("Wuhan"),
                List.of(), HUBEI, null, null, null, null, null, null));
        assertThat(given(WUHAN).state().sources()).isEmpty();
    }

    @Test
    void theActorHasTheSourcesOfAllItsEventsEachOnceAndAMembershipItsOwn() {
        Actor actor = given(
                new ActorRegistered("wuhan", ActorKind.CITY, Names.english("Wuhan"), List.of(), HUBEI, null, null,
                        null, null, null, List.of(PROFILE)),
                new ActorRenamed("wuhan", Names.english("Wuhan City"), Names.english("Wuhan"), date("2020"),
                        List.of(PROFILE, LIST)),
                new NetworkMembershipStarted("wuhan", "uclg", null, SINCE, List.of(LIST)),
                new NetworkMembershipStarted("wuhan", "c40", null, SINCE, null)).state();

        assertThat(actor.sources()).containsExactly(PROFILE, LIST);
        assertThat(actor.memberships()).extracting(Membership::sources).containsExactly(List.of(LIST), List.of());
    }

    @Test
    void aCorrectionThatChangesNothingIsRecordedOnlyWhenItBringsANewSource() {
        CorrectActorDetails same = new CorrectActorDetails(Names.english("Wuhan"), "CN", "CN-HB", null, null, null,
                null, ActorDeciderTest.HUBEI_REF, List.of(PROFILE));
        given(WUHAN).when(same).then(new ActorDetailsCorrected("wuhan", Names.english("Wuhan"), HUBEI, null, null,
                null, null, List.of(PROFILE)));
        given(WUHAN, new ActorDetailsCorrected("wuhan", Names.english("Wuhan"), HUBEI, null, null, null, null,
                List.of(PROFILE))).when(same).then();
    }

    @Test
    void anEndMayShareTheStartsPeriodButNotLieWhollyBeforeIt() {
        ActorEvent joined = new NetworkMembershipStarted("wuhan", "uclg", null, SINCE, null);
        given(WUHAN, joined).when(new LeaveNetwork("uclg", date("2018"), null)).thenRefused("until");
        given(WUHAN, joined).when(new LeaveNetwork("uclg", date("2019-03-04"), null)).thenRefused("until");
        given(WUHAN, joined).when(new LeaveNetwork("uclg", date("2019"), null))
                .then(new NetworkMembershipEnded("wuhan", "uclg", date("2019"), null));
        given(WUHAN, joined).when(new LeaveNetwork("uclg", date("2019-03"), List.of(LIST)))
                .then(new NetworkMembershipEnded("wuhan", "uclg", date("2019-03"), List.of(LIST)));
    }

    @Test
    void aPeriodThatHasBegunMayBeGivenOneWhollyInTheFutureMayNot() {
        // Scenario's today is 2026-11-29.
        given(WUHAN).when(new RenameActor(Names.english("Wuhan City"), date("2026"), null))
                .then(new ActorRenamed("wuhan", Names.english("Wuhan City"), Names.english("Wuhan"), date("2026"),
                        null));
        given(WUHAN).when(new RenameActor(Names.english("Wuhan City"), date("2026-11"), null))
                .then(new ActorRenamed("wuhan", Names.english("Wuhan City"), Names.english("Wuhan"), date("2026-11"),
                        null));
        given(WUHAN).when(new RenameActor(Names.english("Wuhan City"), date("2026-12"), null))
                .thenRefused("effectiveOn");
        given(WUHAN).when(new JoinNetwork(UCLG_REF, null, date("2027"), null)).thenRefused("since");
        given(WUHAN).when(new JoinNetwork(UCLG_REF, null, date("1799"), null)).thenRefused("since");
    }

    @Test
    void asOfADayAPeriodCountsFromItsEndOrFromTheDayItWasRecordedWithinIt() {
        Instant december2026 = Instant.parse("2026-12-01T10:00:00Z");
        ActorEvent renamedIn2018 = new ActorRenamed("wuhan", Names.english("B"), Names.english("A"), date("2018"), null);
        ActorEvent renamedIn2026 = new ActorRenamed("wuhan", Names.english("B"), Names.english("A"), date("2026"), null);
        ActorEvent renamedOnADay = new ActorRenamed("wuhan", Names.english("B"), Names.english("A"),
                date("2018-05-09"), null);

        assertThat(AsOf.counts(renamedIn2018, december2026, LocalDate.of(2018, 12, 30))).isFalse();
        assertThat(AsOf.counts(renamedIn2018, december2026, LocalDate.of(2018, 12, 31))).isTrue();
        assertThat(AsOf.counts(renamedIn2026, december2026, LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(AsOf.counts(renamedIn2026, december2026, LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(AsOf.counts(renamedOnADay, december2026, LocalDate.of(2018, 5, 9))).isTrue();
        assertThat(AsOf.counts(WUHAN, december2026, LocalDate.of(1900, 1, 1))).isTrue();
        // Midnight UTC: recorded on the day that begins.
        assertThat(AsOf.recordedOn(Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
