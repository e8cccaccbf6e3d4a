package org.paradiplomacy.agreements.engagement;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.agreements.agreement.AgreementEvent;
import org.paradiplomacy.agreements.conference.ConferenceEvent;
import org.paradiplomacy.agreements.mission.MissionEvent;
import org.paradiplomacy.agreements.statement.StatementEvent;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.contract.AsyncApiDocument;
import org.paradiplomacy.eventsourcing.contract.CommittedSchemas;
import org.paradiplomacy.eventsourcing.contract.EventExamples;
import org.paradiplomacy.eventsourcing.contract.EventSchemas;

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
                                + " reinstated, terminated, expired"),
                        stream("mission", MissionEvent.class, "Missions: planned, completed, cancelled"),
                        stream("conference", ConferenceEvent.class, "Conferences held"),
                        stream("statement", StatementEvent.class, "Statements issued"))));
    }

    private static AsyncApiDocument.Stream stream(String streamType, Class<?> family, String description)
            throws IOException {
        return new AsyncApiDocument.Stream(streamType, family, description,
                EventExamples.of(EventExamples.DIRECTORY, streamType, family));
    }

    @Test
    void everyExampleEverPublishedMatchesItsSchemaAndReadsAsTheCurrentEvent() throws IOException {
        Clock clock = Clock.systemUTC();
        EventExamples.check("agreement", AgreementEvent.class, new EventCodec<>(AgreementEvent.class, clock));
        EventExamples.check("mission", MissionEvent.class, new EventCodec<>(MissionEvent.class, clock));
        EventExamples.check("conference", ConferenceEvent.class, new EventCodec<>(ConferenceEvent.class, clock));
        EventExamples.check("statement", StatementEvent.class, new EventCodec<>(StatementEvent.class, clock));
    }
}
