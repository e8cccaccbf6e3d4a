package org.paradiplomacy.eventsourcing.aggregate;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.store.NewEvent;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * Maps a family of events, the records permitted by one sealed interface, to and from the store. An event's type
 * is its record's simple name ({@code ActorRegistered}); its schema version is 1 until an upcaster says
 * otherwise.
 */
public final class EventCodec<E> {

    public static final int SCHEMA_VERSION = 1;

    private final Map<String, Class<? extends E>> types;
    private final Clock clock;

    @SuppressWarnings("unchecked")
    public EventCodec(Class<E> family, Clock clock) {
        if (!family.isSealed()) {
            throw new IllegalArgumentException(family.getName() + " must be a sealed interface of event records");
        }
        this.types = Arrays.stream(family.getPermittedSubclasses())
                .map(type -> (Class<? extends E>) type)
                .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
        this.clock = clock;
    }

    public static String typeOf(Object event) {
        return event.getClass().getSimpleName();
    }

    public NewEvent encode(E event) {
        return new NewEvent(UUID.randomUUID(), typeOf(event), SCHEMA_VERSION, EventJson.write(event), clock.instant());
    }

    public E decode(StoredEvent stored) {
        Class<? extends E> type = types.get(stored.eventType());
        if (type == null) {
            throw new IllegalStateException("Unknown event type " + stored.eventType() + " in stream " + stored.streamId());
        }
        return EventJson.read(stored.payload(), type);
    }
}
