package org.paradiplomacy.agreements.engagement;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.paradiplomacy.eventsourcing.json.EventJson;
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
        Withdrawal withdrawal = null;
        if (handled.events().stream().anyMatch(Withdrawn.class::isInstance)) {
            withdrawal = withdrawal(repository.load(id).history());
        }
        if (!handled.events().isEmpty()) {
            readModel.update(id, handled.version(), toProjection.apply(handled.state()), handled.state(), withdrawal);
        }
        return new Recorded<>(handled.state(), handled.version(), withdrawal);
    }

    /** Whether an engagement is recorded under the id; one too long to be an id is not looked up. */
    public boolean exists(String id) {
        return id != null && id.length() <= EngagementLimits.ID && repository.load(id).exists();
    }

    public Recorded<S> get(String id) {
        Loaded<S> loaded = existing(repository.load(id), id);
        return new Recorded<>(loaded.state(), loaded.version(), withdrawal(loaded.history()));
    }

    /** The state of an engagement if it is recorded, else null; one too long to be an id is not looked up. */
    public Recorded<S> find(String id) {
        if (id == null || id.length() > EngagementLimits.ID) {
            return null;
        }
        Loaded<S> loaded = repository.load(id);
        return loaded.exists() ? new Recorded<>(loaded.state(), loaded.version(), withdrawal(loaded.history())) : null;
    }

    /**
     * The state on a date: the stream's events up to the first one that counts only after it. An event counts from
     * {@link PartialDate#countsFrom} the day it was recorded (UTC): a day from itself, a month or year from its
     * last day, or from the day it was recorded if that lies within it (docs/decisions/0013). An event without a
     * date counts from when the next dated event of its stream does (an agreement recorded as signed counts from
     * its signing); a mission counts from its first day. A withdrawal holds at every date the record exists (it
     * never happened), and a correction replaces the whole from its start: the record then counts from the
     * corrected date, as recorded the day the record was first recorded (docs/decisions/0016).
     */
    public Recorded<S> getAsOf(String id, LocalDate date) {
        List<StoredEvent> history = existing(repository.load(id), id).history();
        List<E> events = history.stream().map(repository.codec()::decode).toList();
        PartialDate corrected = null;
        for (E event : events) {
            if (event instanceof Correction) {
                corrected = effectiveOn.apply(event);
            }
        }
        List<LocalDate> effective = new ArrayList<>();
        LocalDate next = null;
        for (int i = history.size() - 1; i >= 0; i--) {
            E event = events.get(i);
            if (timeless(event)) {
                effective.addFirst(null);
                continue;
            }
            PartialDate dated = i == 0 && corrected != null ? corrected : effectiveOn.apply(event);
            LocalDate own = dated == null ? null
                    : dated.countsFrom(LocalDate.ofInstant(history.get(i).occurredAt(), ZoneOffset.UTC));
            next = own != null ? own : next;
            effective.addFirst(next);
        }
        long lastVersion = 0;
        for (int i = 0; i < history.size(); i++) {
            if (timeless(events.get(i))) {
                continue;
            }
            if (effective.get(i) != null && effective.get(i).isAfter(date)) {
                break;
            }
            lastVersion = history.get(i).streamVersion();
        }
        long upTo = lastVersion;
        List<Long> always = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            if (upTo > 0 && timeless(events.get(i))) {
                always.add(history.get(i).streamVersion());
            }
        }
        Loaded<S> loaded = repository.loadWhere(id,
                stored -> stored.streamVersion() <= upTo || always.contains(stored.streamVersion()));
        if (!loaded.exists()) {
            throw new NotFound("No " + noun + " " + id + " was recorded as of " + date);
        }
        return new Recorded<>(loaded.state(), loaded.version(), withdrawal(loaded.history()));
    }

    private static boolean timeless(Object event) {
        return event instanceof Withdrawn || event instanceof Correction;
    }

    /** The record's withdrawal, with when and by whom from its event's metadata; null if it was not withdrawn. */
    private Withdrawal withdrawal(List<StoredEvent> history) {
        for (StoredEvent stored : history.reversed()) {
            if (repository.codec().decode(stored) instanceof Withdrawn withdrawn) {
                return new Withdrawal(withdrawn.reason(), stored.occurredAt(), principal(stored.metadata()));
            }
        }
        return null;
    }

    private static String principal(String metadata) {
        try {
            return metadata == null ? null : EventJson.MAPPER.readTree(metadata).path("principal").asText(null);
        } catch (JsonProcessingException e) {
            return null;
        }
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
