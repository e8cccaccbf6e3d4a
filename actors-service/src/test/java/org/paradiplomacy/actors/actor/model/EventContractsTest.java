package org.paradiplomacy.actors.actor.model;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.contract.AsyncApiDocument;
import org.paradiplomacy.eventsourcing.contract.CommittedSchemas;
import org.paradiplomacy.eventsourcing.contract.EventExamples;
import org.paradiplomacy.eventsourcing.contract.EventSchemas;

/** The actor events' contract: committed schemas, changed only compatibly, and examples that still read. */
class EventContractsTest {

    @Test
    void everyEventTypeHasItsCommittedSchemaChangedOnlyCompatibly() throws IOException {
        CommittedSchemas.check(EventSchemas.of(ActorEvent.class, "actor"));
    }

    @Test
    void theAsyncApiDocumentDescribesEveryEventWithItsExamples() throws IOException {
        CommittedSchemas.checkDocument(Path.of("src/main/resources/META-INF/resources/asyncapi.json"),
                AsyncApiDocument.of("actors-service", "The events of actors-service: every change of every actor, on"
                        + " one topic keyed by the actor's id. Replayable from the beginning.", List.of(
                        new AsyncApiDocument.Stream("actor", ActorEvent.class, "Actors: registered, corrected, renamed,"
                                + " aliases, parents, network memberships, retirement",
                                EventExamples.of(EventExamples.DIRECTORY, "actor", ActorEvent.class)))));
    }

    @Test
    void everyExampleEverPublishedMatchesItsSchemaAndReadsAsTheCurrentEvent() throws IOException {
        EventExamples.check("actor", ActorEvent.class, new EventCodec<>(ActorEvent.class, Clock.systemUTC()));
    }
}
