package org.paradiplomacy.agreements.engagement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import org.paradiplomacy.eventsourcing.aggregate.EventSourcedRepository;
import org.paradiplomacy.eventsourcing.aggregate.Loaded;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.rest.RequestMetadata;
import org.paradiplomacy.eventsourcing.store.StoredEvent;
import org.paradiplomacy.provenance.PartialDate;

/**
 * What the four engagement services share: run a command on a stream and keep the read model in step, read the
 * current state, the state as of a date, and the history. Call it inside the caller's transaction.
 *
 * @param <C> commands, {@code E} events, {@code S} state
 */
public final class EngagementLedger<C, E, S> {

    private final String noun;
    private final EventSourcedRepository<C, E, S> repository;
    private final EngagementReadModel readModel;
    private final RequestMetadata metadata;
    private final Function<S, Projection> toProjection;
    private final Function<E, PartialDate> effectiveOn;

    public EngagementLedger(String noun, EventSourcedRepository<C, E, S> repository, EngagementReadModel readModel,
            RequestMetadata metadata, Function<S, Projection> toProjection, Function<E, PartialDate> effectiveOn) {
        this.noun = noun;
        this.repository = repository;
        this.readModel = readModel;
        this.metadata = metadata;
        this.toProjection = toProjection;
        this.effectiveOn = effectiveOn;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public Recorded<S> execute(String id, OptionalLong expectedVersion, C command) {
        var handled = repository.handle(id, expectedVersion, command, metadata.get());
        if (!handled.events().isEmpty()) {
            readModel.update(id, handled.version(), toProjection.apply(handled.state()), handled.state());
        }
        return new Recorded<>(handled.state(), handled.version());
    }

    /** Whether an engagement is recorded under the id; one too long to be an id is not looked up. */
    public boolean exists(String id) {
        return id != null && id.length() <= EngagementLimits.ID && repository.load(id).exists();
    }

    public Recorded<S> get(String id) {
        Loaded<S> loaded = existing(repository.load(id), id);
        return new Recorded<>(loaded.state(), loaded.version());
    }

    /**
     * The state on a date: the stream's events up to the first one that counts only after it. An event counts from
     * {@link PartialDate#countsFrom} the day it was recorded (UTC): a day from itself, a month or year from its
     * last day, or from the day it was recorded if that lies within it (docs/decisions/0013). An event without a
     * date counts from when the next dated event of its stream does (an agreement recorded as signed counts from
     * its signing); a mission counts from its first day.
     */
    public Recorded<S> getAsOf(String id, LocalDate date) {
        List<StoredEvent> history = existing(repository.load(id), id).history();
        List<LocalDate> effective = new ArrayList<>();
        LocalDate next = null;
        for (StoredEvent stored : history.reversed()) {
            PartialDate dated = effectiveOn.apply(repository.codec().decode(stored));
            LocalDate own = dated == null ? null : dated.countsFrom(LocalDate.ofInstant(stored.occurredAt(), ZoneOffset.UTC));
            next = own != null ? own : next;
            effective.addFirst(next);
        }
        long lastVersion = 0;
        for (int i = 0; i < history.size() && (effective.get(i) == null || !effective.get(i).isAfter(date)); i++) {
            lastVersion = history.get(i).streamVersion();
        }
        long upTo = lastVersion;
        Loaded<S> loaded = repository.loadWhere(id, stored -> stored.streamVersion() <= upTo);
        if (!loaded.exists()) {
            throw new NotFound("No " + noun + " " + id + " was recorded as of " + date);
        }
        return new Recorded<>(loaded.state(), loaded.version());
    }

    public List<StoredEvent> history(String id) {
        return existing(repository.load(id), id).history();
    }

    private Loaded<S> existing(Loaded<S> loaded, String id) {
        if (!loaded.exists()) {
            throw new NotFound("No " + noun + " " + id + " is recorded");
        }
        return loaded;
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : new ArrayList<>(list);
    }

    /**
     * Looks up each id of a list a command names, unless the list is longer than the decider allows ({@code max}):
     * it refuses such a list for its length alone, so its ids stand as not looked up instead of costing a query
     * each. A null list stays null, a null id null.
     */
    public static <T> List<T> lookUp(List<String> ids, int max, Function<String, T> lookUp, Function<String, T> notLookedUp) {
        if (ids == null) {
            return null;
        }
        Function<String, T> each = ids.size() > max ? notLookedUp : lookUp;
        List<T> found = new ArrayList<>(ids.size());
        for (String id : ids) {
            found.add(id == null ? null : each.apply(id));
        }
        return found;
    }
}
