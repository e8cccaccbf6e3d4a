package org.paradiplomacy.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.domain.AgreementCommand.ProposeAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.RecordSignedAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.Signing;
import org.paradiplomacy.agreements.domain.AgreementCommand.SuspendAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.TerminateAgreement;
import org.paradiplomacy.agreements.domain.AgreementCommand.Terms;
import org.paradiplomacy.agreements.domain.AgreementCommand.UpgradeRef;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementProposed;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementSigned;
import org.paradiplomacy.agreements.domain.AgreementEvent.AgreementTerminated;
import org.paradiplomacy.agreements.domain.ConferenceDecider.HoldConference;
import org.paradiplomacy.agreements.domain.ConferenceEvent.ConferenceHeld;
import org.paradiplomacy.agreements.domain.MissionCommand.CancelMission;
import org.paradiplomacy.agreements.domain.MissionCommand.CompleteMission;
import org.paradiplomacy.agreements.domain.MissionCommand.PlanMission;
import org.paradiplomacy.agreements.domain.MissionCommand.SignedAgreementRef;
import org.paradiplomacy.agreements.domain.MissionEvent.MissionCompleted;
import org.paradiplomacy.agreements.domain.MissionEvent.MissionPlanned;
import org.paradiplomacy.agreements.domain.StatementDecider.IssueStatement;
import org.paradiplomacy.agreements.domain.StatementEvent.StatementIssued;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;
import org.paradiplomacy.eventsourcing.json.EventJson;

/**
 * Every text and list a command carries has a bound (EngagementLimits): at the bound it passes, one over it is
 * refused naming the field, and a list far over it is refused as one mistake, not one per item.
 */
class EngagementLimitsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    static final AgreementDecider AGREEMENTS = new AgreementDecider(CLOCK);
    static final MissionDecider MISSIONS = new MissionDecider(CLOCK);
    static final ConferenceDecider CONFERENCES = new ConferenceDecider(CLOCK);
    static final StatementDecider STATEMENTS = new StatementDecider(CLOCK);
    static final LocalDate DAY = LocalDate.of(2016, 4, 7);
    static final ActorRef WUHAN = new ActorRef("wuhan", true, false);
    static final ActorRef CONCEPCION = new ActorRef("concepcion", true, false);
    static final AgreementProposed PROPOSED = new AgreementProposed("a", AgreementKind.SISTER_CITY, "Wuhan–Concepción",
            List.of("wuhan", "concepcion"), List.of(), null, DAY);
    static final MissionPlanned PLANNED = new MissionPlanned("m", MissionKind.TRADE_MISSION, "wuhan",
            List.of("concepcion"), DAY, DAY, null, List.of());

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

    /** The command is refused with a 422; the errors it names. */
    static List<FieldError> refused(Supplier<?> decision) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, decision::get);
        assertThat(violation).as("refused with 422").isNotNull();
        return violation.errors();
    }

    static List<String> fieldsRefused(Supplier<?> decision) {
        return refused(decision).stream().map(FieldError::field).toList();
    }

    @Nested
    class Agreements {

        static Terms terms(String title, List<ActorRef> parties, List<CooperationField> fields) {
            return new Terms(AgreementKind.COOPERATION, title, parties, fields, null);
        }

        static List<AgreementEvent> propose(Terms terms) {
            return AGREEMENTS.decide(new ProposeAgreement("a", terms, DAY), null);
        }

        @Test
        void aTitleHasAtMost300CharactersAndAPlaceToo() {
            assertThat(propose(terms(text(EngagementLimits.TITLE), List.of(WUHAN, CONCEPCION), null)))
                    .extracting(e -> ((AgreementProposed) e).title()).containsExactly(text(EngagementLimits.TITLE));
            assertThat(fieldsRefused(() -> propose(terms(text(EngagementLimits.TITLE + 1), List.of(WUHAN, CONCEPCION),
                    null)))).containsExactly("title");
            assertThat(AGREEMENTS.decide(new RecordSignedAgreement("a", terms("x", List.of(WUHAN, CONCEPCION), null),
                    null, Signing.on(DAY, text(EngagementLimits.PLACE), null)), null))
                    .last().isEqualTo(new AgreementSigned("a", DAY, text(EngagementLimits.PLACE), null));
            assertThat(fieldsRefused(() -> AGREEMENTS.decide(new RecordSignedAgreement("a",
                    terms("x", List.of(WUHAN, CONCEPCION), null), null,
                    Signing.on(DAY, text(EngagementLimits.PLACE + 1), null)), null))).containsExactly("place");
        }

        @Test
        void anAgreementHasAtMost50Parties() {
            assertThat(propose(terms("x", actors(EngagementLimits.PARTIES), List.of())))
                    .extracting(e -> ((AgreementProposed) e).parties()).containsExactly(ids(EngagementLimits.PARTIES));
            assertThat(fieldsRefused(() -> propose(terms("x", actors(EngagementLimits.PARTIES + 1), null))))
                    .containsExactly("parties");
        }

        @Test
        void fiveThousandPartiesAreRefusedAsOneMistakeNotFiveThousand() {
            List<ActorRef> unknown = IntStream.range(0, 5000).mapToObj(i -> ActorRef.unknown("ghost-" + i)).toList();
            assertThat(refused(() -> propose(terms("x", unknown, null))))
                    .containsExactly(new FieldError("parties", "must name at most 50 actors, not 5000"));
        }

        @Test
        void fieldsOfCooperationAreAtMost20EvenWithRepeats() {
            List<CooperationField> twenty = Collections.nCopies(EngagementLimits.FIELDS, CooperationField.TRADE);
            assertThat(propose(terms("x", List.of(WUHAN, CONCEPCION), twenty)))
                    .extracting(e -> ((AgreementProposed) e).fields()).containsExactly(List.of(CooperationField.TRADE));
            assertThat(refused(() -> propose(terms("x", List.of(WUHAN, CONCEPCION),
                    Collections.nCopies(EngagementLimits.FIELDS + 1, CooperationField.TRADE)))))
                    .containsExactly(new FieldError("fields", "must list at most 20 fields, not 21"));
        }

        @Test
        void anIdLongerThanAnIdCanBeIsRefusedWithoutRepeatingIt() {
            String huge = text(100_000);
            assertThat(refused(() -> propose(terms("x", List.of(WUHAN, ActorRef.unknown(huge)), null))))
                    .containsExactly(new FieldError("parties[1]", "must be an actor id (at most 64 characters)"));
            assertThat(refused(() -> AGREEMENTS.decide(new ProposeAgreement("a", new Terms(AgreementKind.COOPERATION,
                    "x", List.of(WUHAN, CONCEPCION), null, new UpgradeRef(huge, false)), DAY), null)))
                    .containsExactly(new FieldError("upgrades", "must be an agreement id (at most 64 characters)"));
            ActorRef longest = new ActorRef(text(EngagementLimits.ID), true, false);
            assertThat(propose(terms("x", List.of(WUHAN, longest), null))).hasSize(1);
        }

        @Test
        void aReasonHasAtMost4000Characters() {
            AgreementEvent signed = new AgreementSigned("a", DAY, null, null);
            assertThat(AGREEMENTS.decide(new TerminateAgreement(DAY, text(EngagementLimits.TEXT)),
                    AGREEMENTS.fold(null, List.of(PROPOSED, signed))))
                    .containsExactly(new AgreementTerminated("a", DAY, text(EngagementLimits.TEXT)));
            assertThat(fieldsRefused(() -> AGREEMENTS.decide(new TerminateAgreement(DAY, text(EngagementLimits.TEXT + 1)),
                    AGREEMENTS.fold(null, List.of(PROPOSED, signed))))).containsExactly("reason");
            assertThat(fieldsRefused(() -> AGREEMENTS.decide(new SuspendAgreement(DAY, text(EngagementLimits.TEXT + 1)),
                    AGREEMENTS.fold(null, List.of(PROPOSED, signed))))).containsExactly("reason");
        }
    }

    @Nested
    class Missions {

        static PlanMission plan(List<ActorRef> hosts, String purpose) {
            return new PlanMission("m", MissionKind.TRADE_MISSION, WUHAN, hosts, DAY, DAY, purpose, null);
        }

        @Test
        void aMissionHasAtMost50HostsAndAPurposeOfAtMost4000Characters() {
            assertThat(MISSIONS.decide(plan(actors(EngagementLimits.HOSTS), text(EngagementLimits.TEXT)), null))
                    .singleElement().isEqualTo(new MissionPlanned("m", MissionKind.TRADE_MISSION, "wuhan",
                            ids(EngagementLimits.HOSTS), DAY, DAY, text(EngagementLimits.TEXT), List.of()));
            assertThat(fieldsRefused(() -> MISSIONS.decide(plan(actors(EngagementLimits.HOSTS + 1),
                    text(EngagementLimits.TEXT + 1)), null))).containsExactlyInAnyOrder("hosts", "purpose");
        }

        @Test
        void aCompletionNamesAtMost50AgreementsAndItsOutcomesHaveAtMost4000Characters() {
            Mission planned = MISSIONS.fold(null, List.of(PLANNED));
            List<SignedAgreementRef> fifty = IntStream.range(0, EngagementLimits.AGREEMENTS_SIGNED)
                    .mapToObj(i -> new SignedAgreementRef("agreement-" + i, true)).toList();
            assertThat(MISSIONS.decide(new CompleteMission(DAY, text(EngagementLimits.TEXT), fifty), planned))
                    .singleElement().isInstanceOfSatisfying(MissionCompleted.class,
                            completed -> assertThat(completed.agreementsSigned()).hasSize(EngagementLimits.AGREEMENTS_SIGNED));
            assertThat(MISSIONS.decide(new CompleteMission(DAY, null, List.of()), planned))
                    .containsExactly(new MissionCompleted("m", DAY, null, List.of()));
            List<SignedAgreementRef> tooMany = IntStream.range(0, 5000)
                    .mapToObj(i -> new SignedAgreementRef("ghost-" + i, false)).toList();
            assertThat(refused(() -> MISSIONS.decide(new CompleteMission(DAY, text(EngagementLimits.TEXT + 1), tooMany),
                    planned))).containsExactly(
                            new FieldError("outcomes", "must be at most 4000 characters"),
                            new FieldError("agreementsSigned", "must list at most 50 agreements, not 5000"));
            assertThat(fieldsRefused(() -> MISSIONS.decide(new CompleteMission(DAY, null,
                    List.of(new SignedAgreementRef(text(EngagementLimits.ID + 1), false))), planned)))
                    .containsExactly("agreementsSigned[0]");
        }

        @Test
        void aCancellationsReasonHasAtMost4000Characters() {
            Mission planned = MISSIONS.fold(null, List.of(PLANNED));
            assertThat(MISSIONS.decide(new CancelMission(DAY, text(EngagementLimits.TEXT)), planned)).hasSize(1);
            assertThat(fieldsRefused(() -> MISSIONS.decide(new CancelMission(DAY, text(EngagementLimits.TEXT + 1)),
                    planned))).containsExactly("reason");
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
        void aConferenceHasAtMost200ParticipantsAndTitleSeriesAndPlaceOfAtMost300Characters() {
            String at = text(EngagementLimits.TITLE);
            assertThat(CONFERENCES.decide(conference(at, at, at, actors(EngagementLimits.PARTICIPANTS)), null))
                    .containsExactly(new ConferenceHeld("c", at, at, "wuhan", ids(EngagementLimits.PARTICIPANTS), DAY,
                            null, at, List.of()));
            String over = text(EngagementLimits.TITLE + 1);
            assertThat(fieldsRefused(() -> CONFERENCES.decide(conference(over, over, over,
                    actors(EngagementLimits.PARTICIPANTS + 1)), null)))
                    .containsExactlyInAnyOrder("title", "series", "place", "participants");
        }

        @Test
        void aStatementIsAboutAtMost50ActorsWithASummaryOf4000AndAnAddressOf2000Characters() {
            String page = "https://www.concepcion.cl/";
            String url = page + text(EngagementLimits.URL - page.length());
            assertThat(STATEMENTS.decide(statement(text(EngagementLimits.TITLE), actors(EngagementLimits.ABOUT), url,
                    text(EngagementLimits.SUMMARY)), null))
                    .containsExactly(new StatementIssued("s", "wuhan", ids(EngagementLimits.ABOUT), DAY,
                            text(EngagementLimits.TITLE), url, text(EngagementLimits.SUMMARY)));
            assertThat(refused(() -> STATEMENTS.decide(statement(text(EngagementLimits.TITLE + 1),
                    actors(EngagementLimits.ABOUT + 1), url + "x", text(EngagementLimits.SUMMARY + 1)), null)))
                    .containsExactlyInAnyOrder(
                            new FieldError("title", "must be at most 300 characters"),
                            new FieldError("about", "must name at most 50 actors, not 51"),
                            new FieldError("url", "must be at most 2000 characters"),
                            new FieldError("summary", "must be at most 4000 characters"));
        }
    }

    /**
     * The largest event each command can cause, every text at its bound and written in characters JSON must escape
     * (six bytes each; an address cannot hold those, so three-byte characters there), stays far below the 256 KiB
     * the event store accepts for one event.
     */
    @Test
    void theLargestEventAnEngagementCommandCanCauseIsFarBelowTheEventStoresLimit() {
        String id = "\u0001".repeat(EngagementLimits.ID);
        String page = "https://www.concepcion.cl/";
        String url = page + "\u6b66".repeat(EngagementLimits.URL - page.length());
        List<ActorRef> fifty = escapedActors(EngagementLimits.PARTIES);
        List<CooperationField> everyField = Arrays.asList(CooperationField.values());

        List<Object> events = List.of(
                AGREEMENTS.decide(new RecordSignedAgreement("a", new Terms(AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                        escaped(EngagementLimits.TITLE), fifty, everyField, new UpgradeRef(id, true)), DAY,
                        Signing.on(DAY, escaped(EngagementLimits.PLACE), DAY.plusYears(5))), null).getFirst(),
                MISSIONS.decide(new PlanMission("m", MissionKind.TRADE_MISSION, new ActorRef(id, true, false),
                        escapedActors(EngagementLimits.HOSTS), DAY, DAY, escaped(EngagementLimits.TEXT), everyField),
                        null).getFirst(),
                MISSIONS.decide(new CompleteMission(DAY, escaped(EngagementLimits.TEXT),
                        escapedActors(EngagementLimits.AGREEMENTS_SIGNED).stream()
                                .map(a -> new SignedAgreementRef(a.id(), true)).toList()),
                        MISSIONS.fold(null, List.of(PLANNED))).getFirst(),
                CONFERENCES.decide(new HoldConference("c", escaped(EngagementLimits.TITLE),
                        escaped(EngagementLimits.TITLE), new ActorRef(id, true, false),
                        escapedActors(EngagementLimits.PARTICIPANTS), DAY, DAY, escaped(EngagementLimits.PLACE),
                        everyField), null).getFirst(),
                STATEMENTS.decide(new IssueStatement("s", new ActorRef(id, true, false),
                        escapedActors(EngagementLimits.ABOUT), DAY, escaped(EngagementLimits.TITLE), url,
                        escaped(EngagementLimits.SUMMARY)), null).getFirst());

        assertThat(events).allSatisfy(event -> assertThat(
                EventJson.write(event).getBytes(StandardCharsets.UTF_8).length).as(event.getClass().getSimpleName())
                .isLessThan(128 * 1024));
        assertThat(EventJson.write(events.get(3)).getBytes(StandardCharsets.UTF_8).length)
                .as("the conference, the largest").isGreaterThan(64 * 1024);
    }

    /** A text of the given length that JSON writes as six bytes a character, but for a short visible start. */
    static String escaped(int length) {
        return "x" + "\u0001".repeat(length - 1);
    }

    /** Distinct known actors whose ids are as long as ids can be and escaped in JSON. */
    static List<ActorRef> escapedActors(int count) {
        return IntStream.range(0, count).mapToObj(i -> new ActorRef(i + "\u0001".repeat(EngagementLimits.ID
                - String.valueOf(i).length()), true, false)).toList();
    }
}
