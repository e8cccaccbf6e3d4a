package org.paradiplomacy.agreements.domain;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.aggregate.EventSchemas;
import org.paradiplomacy.testing.CommittedSchemas;

/** Each engagement event type and version has its JSON Schema committed and served, equal to its record's. */
class EventSchemasTest {

    @Test
    void everyEventTypeHasItsCommittedSchema() throws IOException {
        Map<String, String> schemas = new TreeMap<>(EventSchemas.of(AgreementEvent.class, "agreement"));
        schemas.putAll(EventSchemas.of(MissionEvent.class, "mission"));
        schemas.putAll(EventSchemas.of(ConferenceEvent.class, "conference"));
        schemas.putAll(EventSchemas.of(StatementEvent.class, "statement"));
        CommittedSchemas.check(schemas);
    }
}
