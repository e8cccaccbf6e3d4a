package org.paradiplomacy.eventcontracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;
import org.paradiplomacy.eventsourcing.store.SchemaValidation;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * The committed corpus of example events of a service, {@code src/test/resources/events/<type>.json}, each an array
 * of payloads: at least one for every event type at its current version, and those of every earlier version kept
 * for good. Every example must match the committed schema of its version and read, upcast where it is older, as
 * the current record: what was ever published still folds. Subscribers' tests project the same examples.
 */
public final class EventExamples {

    public static final Path DIRECTORY = Path.of("src/test/resources/events");

    /** One example: its CloudEvents type, record name, schema version and payload. */
    public record Example(String type, String eventType, int schemaVersion, JsonNode payload) {
    }

    private EventExamples() {
    }

    /** The examples of a family's stream type, oldest version first. */
    public static List<Example> of(Path directory, String streamType, Class<?> family) throws IOException {
        Map<String, String[]> known = knownTypes(streamType, family);
        List<Example> examples = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String type = file.getFileName().toString().replaceFirst("\\.json$", "");
                if (!type.startsWith("org.paradiplomacy." + streamType + ".")) {
                    continue;
                }
                String[] event = known.get(type);
                if (event == null) {
                    problems.add(file + ": no event of " + family.getSimpleName() + " has this type and version");
                    continue;
                }
                for (JsonNode payload : EventJson.MAPPER.readTree(file.toFile())) {
                    examples.add(new Example(type, event[0], Integer.parseInt(event[1]), payload));
                }
            }
        }
        fail(problems);
        return examples;
    }

    /**
     * Every current event type has an example; every example matches its schema and reads as the current record.
     * Fails with one line per problem, naming the event, the example and the field.
     */
    public static <E> void check(String streamType, Class<E> family, EventCodec<E> codec) throws IOException {
        List<Example> examples = of(DIRECTORY, streamType, family);
        List<String> problems = new ArrayList<>();
        for (Class<?> event : family.getPermittedSubclasses()) {
            String type = CloudEvents.type(streamType, event.getSimpleName(), EventCodec.schemaVersion(event));
            if (examples.stream().noneMatch(example -> example.type().equals(type))) {
                problems.add(type + ": no example in " + DIRECTORY.resolve(type + ".json"));
            }
        }
        int index = 0;
        String previous = null;
        for (Example example : examples) {
            index = example.type().equals(previous) ? index + 1 : 1;
            previous = example.type();
            String which = example.type() + " example " + index;
            Path schema = CommittedSchemas.DIRECTORY.resolve(example.type() + ".json");
            if (!Files.exists(schema)) {
                problems.add(which + ": no committed schema " + schema);
            } else {
                SchemaValidation.errors(EventJson.MAPPER.readTree(schema.toFile()), example.payload())
                        .forEach(error -> problems.add(which + ": " + error));
            }
            try {
                codec.decode(new StoredEvent(0, "example", streamType, 1, UUID.randomUUID(), example.eventType(),
                        example.schemaVersion(), example.payload().toString(), "{}", Instant.EPOCH, Instant.EPOCH));
            } catch (RuntimeException e) {
                problems.add(which + ": does not read as the current " + example.eventType() + ": " + e.getMessage());
            }
        }
        fail(problems);
    }

    /** Each CloudEvents type of the family, at every version it has had, to its record name and version. */
    private static Map<String, String[]> knownTypes(String streamType, Class<?> family) {
        Map<String, String[]> known = new LinkedHashMap<>();
        for (Class<?> event : family.getPermittedSubclasses()) {
            for (int version = 1; version <= EventCodec.schemaVersion(event); version++) {
                known.put(CloudEvents.type(streamType, event.getSimpleName(), version),
                        new String[] {event.getSimpleName(), Integer.toString(version)});
            }
        }
        return known;
    }

    private static void fail(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }
}
