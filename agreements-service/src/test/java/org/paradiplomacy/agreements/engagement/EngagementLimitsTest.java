package org.paradiplomacy.agreements.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.agreements.engagement.Scenario.CLOCK;
import static org.paradiplomacy.agreements.engagement.Scenario.given;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.agreement.AgreementCommand;
import org.paradiplomacy.agreements.agreement.Agreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.ProposeAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.RecordSignedAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Signing;
import org.paradiplomacy.agreements.agreement.AgreementCommand.SuspendAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.TerminateAgreement;
import org.paradiplomacy.agreements.agreement.AgreementCommand.Terms;
import org.paradiplomacy.agreements.agreement.AgreementCommand.UpgradeRef;
import org.paradiplomacy.agreements.agreement.AgreementDecider;
import org.paradiplomacy.agreements.agreement.AgreementEvent;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementProposed;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementSigned;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementTerminated;
import org.paradiplomacy.agreements.agreement.AgreementKind;
import org.paradiplomacy.agreements.agreement.AgreementStatus;
import org.paradiplomacy.agreements.conference.ConferenceDecider;
import org.paradiplomacy.agreements.directory.ActorDirectory;
import org.paradiplomacy.agreements.conference.ConferenceDecider.HoldConference;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceHeld;
import org.paradiplomacy.agreements.mission.MissionCommand;
import org.paradiplomacy.agreements.mission.MissionCommand.CancelMission;
import org.paradiplomacy.agreements.mission.MissionCommand.CompleteMission;
import org.paradiplomacy.agreements.mission.MissionCommand.PlanMission;
import org.paradiplomacy.agreements.mission.MissionCommand.SignedAgreementRef;
import org.paradiplomacy.agreements.mission.MissionDecider;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionCompleted;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionPlanned;
import org.paradiplomacy.agreements.mission.MissionKind;
import org.paradiplomacy.agreements.statement.StatementDecider;
import org.paradiplomacy.agreements.statement.StatementDecider.IssueStatement;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementIssued;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/**
 * Every text and list a command carries has a bound (EngagementLimits): at the bound it passes, one over it is
 * refused naming the field, and a list far over it is refused as one mistake, not one per item.
 */
class EngagementLimitsTest {

    static final AgreementDecider AGREEMENTS = new AgreementDecider(CLOCK);
    static final MissionDecider MISSIONS = new MissionDecider(CLOCK);
    static final ConferenceDecider CONFERENCES = new ConferenceDecider(CLOCK);
    static final StatementDecider STATEMENTS = new StatementDecider(CLOCK);
    static final PartialDate DAY = PartialDate.of(LocalDate.of(2016, 4, 7));
    static final ActorRef WUHAN = new ActorRef("wuhan", true, false);
    static final ActorRef CONCEPCION = new ActorRef("concepcion", true, false);
    static final List<ActorSnapshot> PARTIES = ActorSnapshot.unknown(List.of("wuhan", "concepcion"));
    static final AgreementProposed PROPOSED = new AgreementProposed("a", AgreementKind.SISTER_CITY, "Wuhan–Concepción",
            PARTIES, List.of(), null, DAY, null);
    static final MissionPlanned PLANNED = new MissionPlanned("m", MissionKind.TRADE_MISSION, ActorSnapshot.unknown("wuhan"),
            ActorSnapshot.unknown(List.of("concepcion")), DAY, DAY, null, List.of(), null);

    static String text(int length) {
        return "x".repeat(length);
    }

    /** Known actors "actor-0", "actor-1", ... */
    static List<ActorRef> actors(int count) {
        return IntStream.range(0, count).mapToObj(i -> new ActorRef("actor-" + i, true, false)).toList();
    }

    static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> "actor-" + i).toList();
    }

    @Nested
    class Agreements {

        static Terms terms(String title, List<ActorRef> parties, List<CooperationField> fields) {
            return new Terms(AgreementKind.COOPERATION, title, parties, fields, null);
        }

        static Scenario<AgreementCommand, AgreementEvent, Agreement> proposing(Terms terms) {
            return given(AGREEMENTS).when(new ProposeAgreement("a", terms, DAY));
        }

        @Test
        void aTitleHasAtMost300CharactersAndAPlaceToo() {
            assertThat(proposing(terms(text(EngagementLimits.TITLE), List.of(WUHAN, CONCEPCION), null)).events())
                    .extracting(e -> ((AgreementProposed) e).title()).containsExactly(text(EngagementLimits.TITLE));
            assertThat(proposing(terms(text(EngagementLimits.TITLE + 1), List.of(WUHAN, CONCEPCION),
                    null)).refusedFields()).containsExactly("title");
            assertThat(given(AGREEMENTS).when(new RecordSignedAgreement("a", terms("x", List.of(WUHAN, CONCEPCION), null),
                    null, Signing.on(DAY, text(EngagementLimits.PLACE), null))).events())
                    .last().isEqualTo(new AgreementSigned("a", PARTIES, DAY, text(EngagementLimits.PLACE), null, null));
            assertThat(given(AGREEMENTS).when(new RecordSignedAgreement("a",
                    terms("x", List.of(WUHAN, CONCEPCION), null), null,
                    Signing.on(DAY, text(EngagementLimits.PLACE + 1), null))).refusedFields()).containsExactly("place");
        }

        @Test
        void anAgreementHasAtMost40Parties() {
            assertThat(proposing(terms("x", actors(EngagementLimits.PARTIES), List.of())).events())
                    .extracting(e -> ActorSnapshot.ids(((AgreementProposed) e).parties())).containsExactly(ids(EngagementLimits.PARTIES));
            assertThat(proposing(terms("x", actors(EngagementLimits.PARTIES + 1), null)).refusedFields())
                    .containsExactly("parties");
        }

        @Test
        void fiveThousandPartiesAreRefusedAsOneMistakeNotFiveThousand() {
            List<ActorRef> unknown = IntStream.range(0, 5000).mapToObj(i -> ActorRef.unknown("ghost-" + i)).toList();
            assertThat(proposing(terms("x", unknown, null)).refusals())
                    .containsExactly(new FieldError("parties", "must name at most 40 actors, not 5000"));
        }

        @Test
        void fieldsOfCooperationAreAtMost20EvenWithRepeats() {
            List<CooperationField> twenty = Collections.nCopies(EngagementLimits.FIELDS, CooperationField.TRADE);
            assertThat(proposing(terms("x", List.of(WUHAN, CONCEPCION), twenty)).events())
                    .extracting(e -> ((AgreementProposed) e).fields()).containsExactly(List.of(CooperationField.TRADE));
            assertThat(proposing(terms("x", List.of(WUHAN, CONCEPCION),
                    Collections.nCopies(EngagementLimits.FIELDS + 1, CooperationField.TRADE))).refusals())
                    .containsExactly(new FieldError("fields", "must list at most 20 fields, not 21"));
        }

        @Test
        void anIdLongerThanAnIdCanBeIsRefusedWithoutRepeatingIt() {
            String huge = text(100_000);
            assertThat(proposing(terms("x", List.of(WUHAN, ActorRef.unknown(huge)), null)).refusals())
                    .containsExactly(new FieldError("parties[1]", "must be an actor id (at most 64 characters)"));
            assertThat(given(AGREEMENTS).when(new ProposeAgreement("a", new Terms(AgreementKind.COOPERATION,
                    "x", List.of(WUHAN, CONCEPCION), null, new UpgradeRef(huge, false)), DAY)).refusals())
                    .containsExactly(new FieldError("upgrades", "must be an agreement id (at most 64 characters)"));
            ActorRef longest = new ActorRef(text(EngagementLimits.ID), true, false);
            assertThat(proposing(terms("x", List.of(WUHAN, longest), null)).events()).hasSize(1);
        }

        @Test
        void aReasonHasAtMost4000Characters() {
            AgreementEvent signed = new AgreementSigned("a", PARTIES, DAY, null, null, null);
            assertThat(given(AGREEMENTS, PROPOSED, signed).when(new TerminateAgreement(DAY, text(EngagementLimits.TEXT))).events())
                    .containsExactly(new AgreementTerminated("a", PARTIES, DAY, text(EngagementLimits.TEXT), null));
            assertThat(given(AGREEMENTS, PROPOSED, signed).when(new TerminateAgreement(DAY, text(EngagementLimits.TEXT + 1))).refusedFields()).containsExactly("reason");
            assertThat(given(AGREEMENTS, PROPOSED, signed).when(new SuspendAgreement(DAY, text(EngagementLimits.TEXT + 1))).refusedFields()).containsExactly("reason");
        }
    }

    @Nested
    class Missions {

        static PlanMission plan(List<ActorRef> hosts, String purpose) {
            return new PlanMission("m", MissionKind.TRADE_MISSION, WUHAN, hosts, DAY, DAY, purpose, null);
        }

        @Test
        void aMissionHasAtMost30HostsAndAPurposeOfAtMost4000Characters() {
            assertThat(given(MISSIONS).when(plan(actors(EngagementLimits.HOSTS), text(EngagementLimits.TEXT))).events())
                    .singleElement().isEqualTo(new MissionPlanned("m", MissionKind.TRADE_MISSION, ActorSnapshot.unknown("wuhan"),
                            ActorSnapshot.unknown(ids(EngagementLimits.HOSTS)), DAY, DAY, text(EngagementLimits.TEXT), List.of(), null));
            assertThat(given(MISSIONS).when(plan(actors(EngagementLimits.HOSTS + 1),
                    text(EngagementLimits.TEXT + 1))).refusedFields()).containsExactlyInAnyOrder("hosts", "purpose");
        }

        @Test
        void aCompletionNamesAtMost50AgreementsAndItsOutcomesHaveAtMost4000Characters() {
            List<SignedAgreementRef> fifty = IntStream.range(0, EngagementLimits.AGREEMENTS_SIGNED)
                    .mapToObj(i -> new SignedAgreementRef("agreement-" + i, true)).toList();
            assertThat(given(MISSIONS, PLANNED).when(new CompleteMission(DAY, text(EngagementLimits.TEXT), fifty)).events())
                    .singleElement().isInstanceOfSatisfying(MissionCompleted.class,
                            completed -> assertThat(completed.agreementsSigned()).hasSize(EngagementLimits.AGREEMENTS_SIGNED));
            assertThat(given(MISSIONS, PLANNED).when(new CompleteMission(DAY, null, List.of())).events())
                    .containsExactly(new MissionCompleted("m", ActorSnapshot.unknown("wuhan"),
                            ActorSnapshot.unknown(List.of("concepcion")), DAY, null, List.of(), null));
            List<SignedAgreementRef> tooMany = IntStream.range(0, 5000)
                    .mapToObj(i -> new SignedAgreementRef("ghost-" + i, false)).toList();
            assertThat(given(MISSIONS, PLANNED).when(new CompleteMission(DAY, text(EngagementLimits.TEXT + 1), tooMany)).refusals()).containsExactly(
                            new FieldError("outcomes", "must be at most 4000 characters"),
                            new FieldError("agreementsSigned", "must list at most 50 agreements, not 5000"));
            assertThat(given(MISSIONS, PLANNED).when(new CompleteMission(DAY, null,
                    List.of(new SignedAgreementRef(text(EngagementLimits.ID + 1), false)))).refusedFields())
                    .containsExactly("agreementsSigned[0]");
        }

        @Test
        void aCancellationsReasonHasAtMost4000Characters() {
            assertThat(given(MISSIONS, PLANNED).when(new CancelMission(DAY, text(EngagementLimits.TEXT))).events()).hasSize(1);
            assertThat(given(MISSIONS, PLANNED).when(new CancelMission(DAY, text(EngagementLimits.TEXT + 1))).refusedFields()).containsExactly("reason");
        }
    }

    @Nested
    class ConferencesAndStatements {

        static HoldConference conference(String title, String series, String place, List<ActorRef> participants) {
            return new HoldConference("c", title, series, WUHAN, participants, DAY, null, place, List.of());
        }

        static IssueStatement statement(String title, List<ActorRef> about, String url, String summary) {
            return new IssueStatement("s", WUHAN, about, DAY, title, url, summary);
        }

        @Test
        void aConferenceHasAtMost50ParticipantsAndTitleSeriesAndPlaceOfAtMost300Characters() {
            String at = text(EngagementLimits.TITLE);
            assertThat(given(CONFERENCES).when(conference(at, at, at, actors(EngagementLimits.PARTICIPANTS))).events())
                    .containsExactly(new ConferenceHeld("c", at, at, ActorSnapshot.unknown("wuhan"),
                            ActorSnapshot.unknown(ids(EngagementLimits.PARTICIPANTS)), DAY, null, at, List.of(), null));
            String over = text(EngagementLimits.TITLE + 1);
            assertThat(given(CONFERENCES).when(conference(over, over, over,
                    actors(EngagementLimits.PARTICIPANTS + 1))).refusedFields())
                    .containsExactlyInAnyOrder("title", "series", "place", "participants");
        }

        @Test
        void aStatementIsAboutAtMost40ActorsWithASummaryOf4000AndAnAddressOf2000Characters() {
            String page = "https://www.concepcion.cl/";
            String url = page + text(EngagementLimits.URL - page.length());
            assertThat(given(STATEMENTS).when(statement(text(EngagementLimits.TITLE), actors(EngagementLimits.ABOUT), url,
                    text(EngagementLimits.SUMMARY))).events())
                    .containsExactly(new StatementIssued("s", ActorSnapshot.unknown("wuhan"),
                            ActorSnapshot.unknown(ids(EngagementLimits.ABOUT)), DAY, text(EngagementLimits.TITLE), url,
                            text(EngagementLimits.SUMMARY), null));
            assertThat(given(STATEMENTS).when(statement(text(EngagementLimits.TITLE + 1),
                    actors(EngagementLimits.ABOUT + 1), url + "x", text(EngagementLimits.SUMMARY + 1))).refusals())
                    .containsExactlyInAnyOrder(
                            new FieldError("title", "must be at most 300 characters"),
                            new FieldError("about", "must name at most 40 actors, not 41"),
                            new FieldError("url", "must be at most 2000 characters"),
                            new FieldError("summary", "must be at most 4000 characters"));
        }
    }

    /**
     * The largest event each command can cause stays well below the 256 KiB the event store accepts for one event:
     * every text at its bound and written in characters JSON must escape (six bytes each; an address cannot hold
     * those, so three-byte characters there), with {@value Sources#PER_RECORD} sources at every bound, and every
     * actor as the directory can describe it at most (an id as long as one can be, the longest name actors-service
     * accepts, codes at their bounds). Each lifecycle step carries the parties and its sources too.
     */
    @Test
    void theLargestEventAnEngagementCommandCanCauseIsWellBelowTheEventStoresLimit() {
        String id = "\u0001".repeat(EngagementLimits.ID);
        String page = "https://www.concepcion.cl/";
        String url = page + "\u6b66".repeat(EngagementLimits.URL - page.length());
        List<ActorRef> parties = escapedActors(EngagementLimits.PARTIES);
        List<Source> sources = largestSources();
        List<CooperationField> everyField = Arrays.asList(CooperationField.values());
        List<ActorSnapshot> snapshots = Checks.snapshots(parties);
        AgreementEvent signed = new AgreementSigned("a", snapshots, DAY, null, null, null);

        List<Object> events = List.of(
                given(AGREEMENTS).when(new RecordSignedAgreement("a", new Terms(AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                        escaped(EngagementLimits.TITLE), parties, everyField, new UpgradeRef(id, true, snapshots,
                        AgreementStatus.SIGNED, false, null, null)), DAY, sources,
                        new Signing(DAY, null, escaped(EngagementLimits.PLACE), LocalDate.of(2021, 4, 7), sources))).events().getFirst(),
                given(AGREEMENTS, PROPOSED, signed).when(new TerminateAgreement(DAY, escaped(EngagementLimits.TEXT), sources,
                        snapshots)).events().getFirst(),
                given(MISSIONS).when(new PlanMission("m", MissionKind.TRADE_MISSION, escapedActor(id),
                        escapedActors(EngagementLimits.HOSTS), DAY, DAY, escaped(EngagementLimits.TEXT), everyField,
                        sources)).events().getFirst(),
                given(MISSIONS, PLANNED).when(new CompleteMission(DAY, escaped(EngagementLimits.TEXT),
                        escapedActors(EngagementLimits.AGREEMENTS_SIGNED).stream()
                                .map(a -> new SignedAgreementRef(a.id(), true)).toList(), sources,
                        new MissionCommand.Actors(escapedActor(id).snapshot(),
                                Checks.snapshots(escapedActors(EngagementLimits.HOSTS))))).events().getFirst(),
                given(CONFERENCES).when(new HoldConference("c", escaped(EngagementLimits.TITLE),
                        escaped(EngagementLimits.TITLE), escapedActor(id),
                        escapedActors(EngagementLimits.PARTICIPANTS), DAY, DAY, escaped(EngagementLimits.PLACE),
                        everyField, sources)).events().getFirst(),
                given(STATEMENTS).when(new IssueStatement("s", escapedActor(id),
                        escapedActors(EngagementLimits.ABOUT), DAY, escaped(EngagementLimits.TITLE), url,
                        escaped(EngagementLimits.SUMMARY), sources)).events().getFirst());

        assertThat(events).allSatisfy(event -> assertThat(
                EventJson.write(event).getBytes(StandardCharsets.UTF_8).length).as(event.getClass().getSimpleName())
                .isLessThan(LARGEST_EVENT));
        assertThat(EventJson.write(events.get(5)).getBytes(StandardCharsets.UTF_8).length)
                .as("the statement, the largest").isGreaterThan(LARGEST_EVENT * 4 / 5);
    }

    /** Three quarters of what the event store accepts: the rest is the margin. */
    static final int LARGEST_EVENT = EventStore.MAX_PAYLOAD_BYTES / 4 * 3;

    /** A text of the given length that JSON writes as six bytes a character, but for a short visible start. */
    static String escaped(int length) {
        return "x" + "\u0001".repeat(length - 1);
    }

    /** Distinct known actors whose ids are as long as ids can be, described as fully as the directory can. */
    static List<ActorRef> escapedActors(int count) {
        return IntStream.range(0, count).mapToObj(i -> escapedActor(i + "\u0001".repeat(EngagementLimits.ID
                - String.valueOf(i).length()))).toList();
    }

    static ActorRef escapedActor(String id) {
        return new ActorRef(id, true, false, new ActorSnapshot(id, escaped(ActorDirectory.NAME),
                escaped(ActorDirectory.KIND), escaped(ActorDirectory.COUNTRY), escaped(ActorDirectory.SUBDIVISION)));
    }

    /** As many sources as a step may give, each at every bound (an address is ASCII). */
    static List<Source> largestSources() {
        String page = "https://www.concepcion.cl/";
        return IntStream.range(0, Sources.PER_RECORD).mapToObj(i -> new Source(escaped(Sources.TITLE),
                page + "p".repeat(Sources.URL - page.length()), escaped(Sources.PUBLISHER), DAY,
                LocalDate.of(2026, 11, 1), "abcdefgh-abcdefgh-abcdefgh-abcdefgh".substring(0, Sources.LANGUAGE),
                escaped(Sources.EXCERPT))).toList();
    }
}
