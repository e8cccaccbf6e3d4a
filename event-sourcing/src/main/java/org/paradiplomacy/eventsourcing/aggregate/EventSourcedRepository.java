package org.paradiplomacy.eventsourcing.aggregate;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.store.ConcurrencyConflict;
import org.paradiplomacy.eventsourcing.store.EventMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.NewEvent;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * Loads an aggregate by folding its events and handles a command: decide, then append the new events at the
 * version the decision was based on. Call it inside the transaction that also updates the read model.
 */
public final class EventSourcedRepository<C, E, S> {

    private final EventStore store;
    private final String streamType;
    private final Decider<C, E, S> decider;
    private final EventCodec<E> codec;

    public EventSourcedRepository(EventStore store, String streamType, Decider<C, E, S> decider, EventCodec<E> codec) {
        this.store = store;
        this.streamType = streamType;
        this.decider = decider;
        this.codec = codec;
    }

    public Loaded<S> load(String streamId) {
        return loadWhere(streamId, event -> true);
    }

    /** The state folded from the stream's events that pass the filter (for the state as of a past date). */
    public Loaded<S> loadWhere(String streamId, Predicate<StoredEvent> filter) {
        List<StoredEvent> history = store.load(streamType, streamId).stream().filter(filter).toList();
        S state = decider.initialState();
        for (StoredEvent stored : history) {
            state = decider.evolve(state, codec.decode(stored));
        }
        long version = history.isEmpty() ? 0 : history.getLast().streamVersion();
        return new Loaded<>(streamId, state, version, history);
    }

    /**
     * Decides the command on the current state and appends the events. With {@code expectedVersion} (from
     * {@code If-Match}) the command applies only to that version of the stream.
     */
    public Handled<S, E> handle(String streamId, OptionalLong expectedVersion, C command, EventMetadata metadata) {
        Loaded<S> current = load(streamId);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw new ConcurrencyConflict(streamId, expectedVersion.getAsLong(), current.version());
        }
        List<E> events = decider.decide(command, current.state());
        List<NewEvent> encoded = events.stream().map(codec::encode).toList();
        long version = store.append(streamType, streamId, current.version(), encoded, metadata);
        return new Handled<>(streamId, decider.fold(current.state(), events), version, events);
    }

    public String streamType() {
        return streamType;
    }

    public EventCodec<E> codec() {
        return codec;
    }

    /** The outcome of a command: the new state and version, and the events it recorded. */
    public record Handled<S, E>(String streamId, S state, long version, List<E> events) {
    }
}
