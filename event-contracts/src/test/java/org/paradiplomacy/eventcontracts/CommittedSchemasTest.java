package org.paradiplomacy.eventcontracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.store.SchemaValidation;

/** A published event schema changes only compatibly: a breaking change fails naming the event and the field. */
class CommittedSchemasTest {

    sealed interface GateEvent {
        record GateOpened(String gateId, LocalDate openedOn, String reason, int visitors) implements GateEvent {
        }
    }

    /** The same event after a careless edit: reason removed, openedOn now a number, a new required field. */
    sealed interface EditedGateEvent {
        record GateOpened(String gateId, long openedOn, int visitors, boolean locked) implements EditedGateEvent {
        }
    }

    /** The same event with an optional field added: compatible. */
    sealed interface ExtendedGateEvent {
        record GateOpened(String gateId, LocalDate openedOn, String reason, int visitors, String note)
                implements ExtendedGateEvent {
        }
    }

    @TempDir
    Path directory;

    private Map<String, String> publish() throws IOException {
        Map<String, String> published = EventSchemas.of(GateEvent.class, "gate");
        CommittedSchemas.check(directory, published, true);
        return published;
    }

    @Test
    void aBreakingChangeFailsNamingTheEventAndEachField() throws IOException {
        publish();
        Map<String, String> edited = EventSchemas.of(EditedGateEvent.class, "gate");
        for (boolean write : List.of(false, true)) {
            assertThatThrownBy(() -> CommittedSchemas.check(directory, edited, write))
                    .as("even when regenerating").isInstanceOf(AssertionError.class)
                    .hasMessageContaining("org.paradiplomacy.gate.opened.v1: field openedOn changed type from string to integer")
                    .hasMessageContaining("org.paradiplomacy.gate.opened.v1: field reason was removed")
                    .hasMessageContaining("org.paradiplomacy.gate.opened.v1: field locked became required")
                    .hasMessageContaining("give the record a new @SchemaVersion with an upcaster");
        }
    }

    @Test
    void aCompatibleChangeAsksToRegenerateAndThenPasses() throws IOException {
        publish();
        Map<String, String> extended = EventSchemas.of(ExtendedGateEvent.class, "gate");
        assertThatThrownBy(() -> CommittedSchemas.check(directory, extended, false))
                .hasMessageContaining("org.paradiplomacy.gate.opened.v1: the committed schema is out of date (the change is compatible");
        CommittedSchemas.check(directory, extended, true);
        CommittedSchemas.check(directory, extended, false);
        assertThat(EventJson.MAPPER.readTree(directory.resolve("org.paradiplomacy.gate.opened.v1.json").toFile())
                .path("properties").has("note")).isTrue();
    }

    @Test
    void aSchemaOfAnEventThatNoLongerExistsIsReported() throws IOException {
        Map<String, String> published = publish();
        Files.writeString(directory.resolve("org.paradiplomacy.gate.closed.v1.json"), "{}");
        assertThatThrownBy(() -> CommittedSchemas.check(directory, published, false))
                .hasMessage("org.paradiplomacy.gate.closed.v1: a schema of an event that no longer exists");
    }

    @Test
    void schemaValidationNamesTheFieldAtFault() throws IOException {
        Map<String, String> published = publish();
        var schema = EventJson.MAPPER.readTree(published.get("org.paradiplomacy.gate.opened.v1"));
        assertThat(SchemaValidation.errors(schema, EventJson.MAPPER.readTree(
                "{\"gateId\": \"g\", \"openedOn\": \"2016-13-45\", \"visitors\": \"many\"}")))
                .anyMatch(error -> error.startsWith("/openedOn: ")).anyMatch(error -> error.startsWith("/visitors: "));
        assertThat(SchemaValidation.errors(schema, EventJson.MAPPER.readTree(
                "{\"gateId\": \"g\", \"openedOn\": \"2016-04-07\", \"visitors\": 3}"))).isEmpty();
    }
}
