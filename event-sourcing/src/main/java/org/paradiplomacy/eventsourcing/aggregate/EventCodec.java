package org.paradiplomacy.eventsourcing.aggregate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.store.NewEvent;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * Maps a family of events, the records permitted by one sealed interface, to and from the store. An event's type
 * is its record's simple name ({@code ActorRegistered}); its schema version is 1 unless the record says otherwise
 * with {@link SchemaVersion}. An event stored at an earlier version is upcast, one version at a time, before it is
 * read; a family whose upcasters leave a gap is refused when the codec is made, not when an old event turns up.
 */
public final class EventCodec<E> {

    private final Map<String, Class<? extends E>> types;
    private final Map<String, Upcaster> upcasters = new HashMap<>();
    private final Clock clock;

    public EventCodec(Class<E> family, Clock clock) {
        this(family, clock, List.of());
    }

    @SuppressWarnings("unchecked")
    public EventCodec(Class<E> family, Clock clock, List<Upcaster> upcasters) {
        if (!family.isSealed()) {
            throw new IllegalArgumentException(family.getName() + " must be a sealed interface of event records");
        }
        this.types = Arrays.stream(family.getPermittedSubclasses())
                .map(type -> (Class<? extends E>) type)
                .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
        this.clock = clock;
        upcasters.forEach(upcaster -> this.upcasters.put(upcaster.eventType() + "@" + upcaster.fromVersion(), upcaster));
        types.forEach((name, type) -> {
            for (int version = 1; version < schemaVersion(type); version++) {
                if (!this.upcasters.containsKey(name + "@" + version)) {
                    throw new IllegalArgumentException(name + " is at schema version " + schemaVersion(type)
                            + " but has no upcaster from version " + version);
                }
            }
        });
    }

    public static String typeOf(Object event) {
        return event.getClass().getSimpleName();
    }

    /** The schema version an event record is written with. */
    public static int schemaVersion(Class<?> eventType) {
        SchemaVersion version = eventType.getAnnotation(SchemaVersion.class);
        return version == null ? 1 : version.value();
    }

    public NewEvent encode(E event) {
        return new NewEvent(UUID.randomUUID(), typeOf(event), schemaVersion(event.getClass()), EventJson.write(event),
                clock.instant());
    }

    public E decode(StoredEvent stored) {
        Class<? extends E> type = types.get(stored.eventType());
        if (type == null) {
            throw new IllegalStateException("Unknown event type " + stored.eventType() + " in stream " + stored.streamId());
        }
        int current = schemaVersion(type);
        if (stored.schemaVersion() == current) {
            return EventJson.read(stored.payload(), type);
        }
        if (stored.schemaVersion() > current) {
            throw new IllegalStateException(stored.eventType() + " v" + stored.schemaVersion() + " in stream "
                    + stored.streamId() + " is newer than this code, which knows v" + current);
        }
        try {
            ObjectNode payload = (ObjectNode) EventJson.MAPPER.readTree(stored.payload());
            for (int version = stored.schemaVersion(); version < current; version++) {
                payload = upcasters.get(stored.eventType() + "@" + version).step().apply(payload);
            }
            return EventJson.MAPPER.treeToValue(payload, type);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("Cannot upcast " + stored.eventType() + " v" + stored.schemaVersion()
                    + " in stream " + stored.streamId() + ": " + e.getMessage(), e);
        }
    }
}
