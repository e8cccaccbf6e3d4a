package org.paradiplomacy.actors.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.aggregate.EventSchemas;

/**
 * Each event type and version has its JSON Schema committed and served at /schemas/&lt;type&gt;.json, equal to
 * the one its record defines. After changing an event, regenerate with {@code mvn test -Dschemas.write=true}.
 */
class EventSchemasTest {

    static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/schemas");

    @Test
    void everyEventTypeHasItsCommittedSchema() throws IOException {
        Map<String, String> schemas = EventSchemas.of(ActorEvent.class, "actor");
        if (Boolean.getBoolean("schemas.write")) {
            Files.createDirectories(SCHEMAS);
            for (var schema : schemas.entrySet()) {
                Files.writeString(SCHEMAS.resolve(schema.getKey() + ".json"), schema.getValue());
            }
        }
        for (var schema : schemas.entrySet()) {
            assertThat(SCHEMAS.resolve(schema.getKey() + ".json"))
                    .as("the committed schema of %s (regenerate with mvn test -Dschemas.write=true)", schema.getKey())
                    .exists().hasContent(schema.getValue());
        }
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")))
                    .as("schemas of events that no longer exist").allMatch(schemas::containsKey);
        }
    }
}
