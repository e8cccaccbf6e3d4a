package org.paradiplomacy.eventcontracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paradiplomacy.eventsourcing.json.EventJson;

/**
 * For a service's tests: the JSON Schemas committed in {@code src/main/resources/META-INF/resources/schemas} (served
 * at /schemas/&lt;type&gt;.json, published to subscribers) must be those its event records define. A published
 * schema may only change compatibly ({@link SchemaChanges}); a breaking change fails naming the event and the field,
 * even when regenerating, because subscribers and stored events depend on it. {@code -Dschemas.write=true} writes
 * the compatible changes and the schemas of new events. Schemas of earlier versions of an event stay: events of
 * those versions remain in the store and on the topics.
 */
public final class CommittedSchemas {

    public static final Path DIRECTORY = Path.of("src/main/resources/META-INF/resources/schemas");

    private CommittedSchemas() {
    }

    public static void check(Map<String, String> schemas) throws IOException {
        check(DIRECTORY, schemas, Boolean.getBoolean("schemas.write"));
    }

    static void check(Path directory, Map<String, String> schemas, boolean write) throws IOException {
        List<String> problems = new ArrayList<>();
        Files.createDirectories(directory);
        for (Map.Entry<String, String> schema : schemas.entrySet()) {
            Path file = directory.resolve(schema.getKey() + ".json");
            boolean exists = Files.exists(file);
            List<String> breaking = exists
                    ? SchemaChanges.breaking(read(Files.readString(file)), read(schema.getValue())) : List.of();
            breaking.forEach(change -> problems.add(schema.getKey() + ": " + change + ". That breaks a published"
                    + " event: keep it as it was, or give the record a new @SchemaVersion with an upcaster"));
            if (breaking.isEmpty() && write) {
                Files.writeString(file, schema.getValue());
            } else if (breaking.isEmpty() && (!exists || !Files.readString(file).equals(schema.getValue()))) {
                problems.add(schema.getKey() + ": the committed schema is " + (exists ? "out of date" : "missing")
                        + " (the change is compatible: regenerate with mvn test -Dschemas.write=true)");
            }
        }
        Set<String> events = schemas.keySet().stream().map(CommittedSchemas::withoutVersion).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(directory)) {
            files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", ""))
                    .filter(type -> !events.contains(withoutVersion(type))).sorted()
                    .forEach(type -> problems.add(type + ": a schema of an event that no longer exists"));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** A document derived from the events (the AsyncAPI document): committed, and equal to what they give now. */
    public static void checkDocument(Path file, String derived) throws IOException {
        if (Boolean.getBoolean("schemas.write")) {
            Files.writeString(file, derived);
        }
        if (!Files.exists(file) || !Files.readString(file).equals(derived)) {
            throw new AssertionError(file + " is " + (Files.exists(file) ? "out of date" : "missing")
                    + ": regenerate it with mvn test -Dschemas.write=true");
        }
    }

    static String withoutVersion(String type) {
        return type.replaceFirst("\\.v\\d+$", "");
    }

    private static JsonNode read(String json) throws IOException {
        return EventJson.MAPPER.readTree(json);
    }
}
