package org.paradiplomacy.eventcontracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.aggregate.SchemaVersion;
import org.paradiplomacy.eventsourcing.json.EventJson;

/** The schema of an event says what its record's annotations say: descriptions, formats, what is required. */
class EventSchemasTest {

    @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}$", description = "A year")
    record Year(int value) {
    }

    sealed interface GateEvent {

        @SchemaVersion(2)
        record Opened(@Schema(description = "The gate", format = "uuid") String gateId,
                @Schema(description = "When", required = true) Year openedIn,
                @Schema(description = "Who passed", format = "uuid") List<String> visitors,
                LocalDate closedOn) implements GateEvent {
        }

        record Closed(String gateId) implements GateEvent {
        }
    }

    @Test
    void describesEachFieldAndRequiresWhatIsAlwaysThere() throws Exception {
        var schemas = EventSchemas.of(GateEvent.class, "gate");
        assertThat(schemas).containsOnlyKeys("org.paradiplomacy.gate.opened.v2", "org.paradiplomacy.gate.closed.v1");
        JsonNode opened = EventJson.MAPPER.readTree(schemas.get("org.paradiplomacy.gate.opened.v2"));
        JsonNode properties = opened.path("properties");
        assertThat(opened.path("$id").asText()).isEqualTo("urn:paradiplomacy:schema:org.paradiplomacy.gate.opened.v2");
        assertThat(properties.path("gateId").path("format").asText()).isEqualTo("uuid");
        assertThat(properties.path("gateId").path("description").asText()).isEqualTo("The gate");
        assertThat(properties.path("openedIn").path("type").asText()).as("a value type written as text").isEqualTo("string");
        assertThat(properties.path("openedIn").path("pattern").asText()).isEqualTo("^[0-9]{4}$");
        assertThat(properties.path("openedIn").path("description").asText()).isEqualTo("When");
        assertThat(properties.path("visitors").path("items").path("format").asText()).isEqualTo("uuid");
        assertThat(properties.path("closedOn").path("format").asText()).isEqualTo("date");
        assertThat(opened.path("required")).extracting(JsonNode::asText).containsExactly("gateId", "openedIn");
    }
}
