package org.paradiplomacy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks that the JSON Schemas committed in a service ({@code src/main/resources/META-INF/resources/schemas},
 * served at /schemas/&lt;type&gt;.json) are exactly those its event records define, none missing and none stale.
 * With {@code -Dschemas.write=true} it first writes them, after a deliberate change of an event.
 */
public final class CommittedSchemas {

    public static final Path DIRECTORY = Path.of("src/main/resources/META-INF/resources/schemas");

    private CommittedSchemas() {
    }

    public static void check(Map<String, String> schemas) throws IOException {
        if (Boolean.getBoolean("schemas.write")) {
            Files.createDirectories(DIRECTORY);
            for (var schema : schemas.entrySet()) {
                Files.writeString(DIRECTORY.resolve(schema.getKey() + ".json"), schema.getValue());
            }
        }
        for (var schema : schemas.entrySet()) {
            assertThat(DIRECTORY.resolve(schema.getKey() + ".json"))
                    .as("the committed schema of %s (regenerate with mvn test -Dschemas.write=true)", schema.getKey())
                    .exists().hasContent(schema.getValue());
        }
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")))
                    .as("schemas of events that no longer exist").allMatch(schemas::containsKey);
        }
    }
}
