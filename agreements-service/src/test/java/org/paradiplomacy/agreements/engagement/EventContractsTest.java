package org.paradiplomacy.agreements.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.agreement.AgreementEvent;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementProposed;
import org.paradiplomacy.agreements.agreement.AgreementEvent.AgreementSigned;
import org.paradiplomacy.agreements.agreement.AgreementKind;
import org.paradiplomacy.agreements.agreement.AgreementService;
import org.paradiplomacy.agreements.conference.ConferenceEvent;
import org.paradiplomacy.agreements.conference.ConferenceEvent.ConferenceHeld;
import org.paradiplomacy.agreements.conference.ConferenceService;
import org.paradiplomacy.agreements.mission.MissionEvent;
import org.paradiplomacy.agreements.mission.MissionEvent.MissionPlanned;
import org.paradiplomacy.agreements.mission.MissionService;
import org.paradiplomacy.agreements.statement.StatementEvent;
import org.paradiplomacy.agreements.statement.StatementEvent.StatementIssued;
import org.paradiplomacy.agreements.statement.StatementService;
import org.paradiplomacy.eventcontracts.AsyncApiDocument;
import org.paradiplomacy.eventcontracts.CommittedSchemas;
import org.paradiplomacy.eventcontracts.EventExamples;
import org.paradiplomacy.eventcontracts.EventSchemas;
import org.paradiplomacy.eventsourcing.store.StoredEvent;
import org.paradiplomacy.provenance.PartialDate;

/** The engagement events' contract: committed schemas, changed only compatibly, and examples that still read. */
class EventContractsTest {

    @Test
    void everyEventTypeHasItsCommittedSchemaChangedOnlyCompatibly() throws IOException {
        Map<String, String> schemas = new TreeMap<>(EventSchemas.of(AgreementEvent.class, "agreement"));
        schemas.putAll(EventSchemas.of(MissionEvent.class, "mission"));
        schemas.putAll(EventSchemas.of(ConferenceEvent.class, "conference"));
        schemas.putAll(EventSchemas.of(StatementEvent.class, "statement"));
        CommittedSchemas.check(schemas);
    }

    @Test
    void theAsyncApiDocumentDescribesEveryEventWithItsExamples() throws IOException {
        CommittedSchemas.checkDocument(Path.of("src/main/resources/META-INF/resources/asyncapi.json"),
                AsyncApiDocument.of("agreements-service", "The events of agreements-service: the life of every"
                        + " agreement, mission, conference and statement, one topic per kind, keyed by its id."
                        + " Replayable from the beginning.", List.of(
                        stream("agreement", AgreementEvent.class, "Agreements: proposed, signed, renewed, suspended,"
                                + " reinstated, terminated, expired, superseded by an upgrade, withdrawn"),
                        stream("mission", MissionEvent.class, "Missions: planned, completed, cancelled, withdrawn"),
                        stream("conference", ConferenceEvent.class, "Conferences held, corrected, withdrawn"),
                        stream("statement", StatementEvent.class, "Statements issued, corrected, withdrawn"))));
    }

    private static AsyncApiDocument.Stream stream(String streamType, Class<?> family, String description)
            throws IOException {
        return new AsyncApiDocument.Stream(streamType, family, description,
                EventExamples.of(EventExamples.DIRECTORY, streamType, family));
    }

    @Test
    void everyExampleEverPublishedMatchesItsSchemaAndReadsAsTheCurrentEvent() throws IOException {
        Clock clock = Clock.systemUTC();
        EventExamples.check("agreement", AgreementEvent.class, AgreementService.codec(clock));
        EventExamples.check("mission", MissionEvent.class, MissionService.codec(clock));
        EventExamples.check("conference", ConferenceEvent.class, ConferenceService.codec(clock));
        EventExamples.check("statement", StatementEvent.class, StatementService.codec(clock));
    }

    /** Version 1 named actors by their ids: read as version 2, each is an actor known by its id alone. */
    @Test
    void aVersionOneEventReadsAsVersionTwoWithItsActorsAsSnapshotsOfTheirIds() {
        Clock clock = Clock.systemUTC();
        String wuhan = "5f0c7a8e-1b2c-4d3e-9f40-123456789abc";
        String concepcion = "9a1e4b2c-3d4f-4a5b-8c6d-7e8f9a0b1c2d";
        AgreementEvent proposed = AgreementService.codec(clock).decode(stored("agreement", "AgreementProposed", """
                {"agreementId": "a", "kind": "sister-city", "title": "x", "parties": ["%s", "%s"], "proposedOn": "2016-01-15"}"""
                .formatted(wuhan, concepcion)));
        assertThat(proposed).isEqualTo(new AgreementProposed("a", AgreementKind.SISTER_CITY, "x",
                ActorSnapshot.unknown(List.of(wuhan, concepcion)), null, null, PartialDate.parse("2016-01-15"), null));
        assertThat(AgreementService.codec(clock).decode(stored("agreement", "AgreementSigned", """
                {"agreementId": "a", "signedOn": "2016-04-07"}"""))).as("a v1 step has no parties")
                .isEqualTo(new AgreementSigned("a", null, PartialDate.parse("2016-04-07"), null, null, null));
        assertThat(MissionService.codec(clock).decode(stored("mission", "MissionPlanned", """
                {"missionId": "m", "kind": "delegation", "leader": "%s", "hosts": ["%s"], "startsOn": "2015-10-12"}"""
                .formatted(wuhan, concepcion)))).isInstanceOfSatisfying(MissionPlanned.class, planned -> {
                    assertThat(planned.leader()).isEqualTo(ActorSnapshot.unknown(wuhan));
                    assertThat(planned.hosts()).containsExactly(ActorSnapshot.unknown(concepcion));
                });
        assertThat(ConferenceService.codec(clock).decode(stored("conference", "ConferenceHeld", """
                {"conferenceId": "c", "title": "x", "host": "%s", "participants": ["%s"], "startsOn": "2016-11-24"}"""
                .formatted(wuhan, concepcion)))).isInstanceOfSatisfying(ConferenceHeld.class,
                held -> assertThat(held.participants()).containsExactly(ActorSnapshot.unknown(concepcion)));
        assertThat(StatementService.codec(clock).decode(stored("statement", "StatementIssued", """
                {"statementId": "s", "issuer": "%s", "about": ["%s"], "issuedOn": "2016-04-25", "title": "x"}"""
                .formatted(wuhan, concepcion)))).isInstanceOfSatisfying(StatementIssued.class,
                issued -> assertThat(issued.issuer()).isEqualTo(ActorSnapshot.unknown(wuhan)));
    }

    private static StoredEvent stored(String streamType, String eventType, String payload) {
        return new StoredEvent(0, "x", streamType, 1, UUID.randomUUID(), eventType, 1, payload, "{}", Instant.EPOCH,
                Instant.EPOCH);
    }
}
