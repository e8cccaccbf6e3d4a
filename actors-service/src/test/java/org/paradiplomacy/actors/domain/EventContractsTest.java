package org.paradiplomacy.actors.domain;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.aggregate.EventSchemas;
import org.paradiplomacy.testing.CommittedSchemas;

/** Each actor event type and version has its JSON Schema committed and served, equal to its record's. */
class EventSchemasTest {

    @Test
    void everyEventTypeHasItsCommittedSchema() throws IOException {
        CommittedSchemas.check(EventSchemas.of(ActorEvent.class, "actor"));
    }
}
