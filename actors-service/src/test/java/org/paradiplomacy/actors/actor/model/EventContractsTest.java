package org.paradiplomacy.actors.actor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventcontracts.AsyncApiDocument;
import org.paradiplomacy.eventcontracts.CommittedSchemas;
import org.paradiplomacy.eventcontracts.EventExamples;
import org.paradiplomacy.eventcontracts.EventSchemas;
import org.paradiplomacy.eventsourcing.store.StoredEvent;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Precision;

/**
 * The actor events' contract: committed schemas, changed only compatibly, and examples of every version ever
 * published that still read, those of v1 upcast to the current records.
 */
class EventContractsTest {

    static final EventCodec<ActorEvent> CODEC = new EventCodec<>(ActorEvent.class, Clock.systemUTC(),
            ActorUpcasters.ALL);

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
                                + " aliases, parents, network memberships, retirement, merges and withdrawals",
                                EventExamples.of(EventExamples.DIRECTORY, "actor", ActorEvent.class)))));
    }

    @Test
    void everyExampleEverPublishedMatchesItsSchemaAndReadsAsTheCurrentEvent() throws IOException {
        EventExamples.check("actor", ActorEvent.class, CODEC);
    }

    /** An event of v1 held a day, which is a v2 date of that day; it had no sources. */
    @Test
    void aVersion1EventReadsAsVersion2WithItsDayAsADateOfDayPrecision() {
        ActorEvent renamed = CODEC.decode(stored("ActorRenamed", """
                {"actorId": "2b6c1f3a-7d8e-4c5b-9a10-abcdef012345", "names": {"en": "Hubei Province"},
                 "previousNames": {"en": "Hupeh"}, "effectiveOn": "1958-01-01"}"""));
        ActorEvent ended = CODEC.decode(stored("NetworkMembershipEnded", """
                {"actorId": "5f0c7a8e-1b2c-4d3e-9f40-123456789abc", "networkId": "c40e0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b",
                 "until": "2020-12-31"}"""));

        assertThat(renamed).isEqualTo(new ActorEvent.ActorRenamed("2b6c1f3a-7d8e-4c5b-9a10-abcdef012345",
                Names.english("Hubei Province"), Names.english("Hupeh"), PartialDate.parse("1958-01-01"), null));
        assertThat(renamed.effectiveOn().precision()).isEqualTo(Precision.DAY);
        assertThat(ended.effectiveOn()).isEqualTo(PartialDate.of(LocalDate.of(2020, 12, 31)));
        assertThat(ended.sources()).isNull();
    }

    private static StoredEvent stored(String type, String payload) {
        return new StoredEvent(1, "actor-1", "actor", 1, UUID.randomUUID(), type, 1, payload, "{}", Instant.EPOCH,
                Instant.EPOCH);
    }
}
