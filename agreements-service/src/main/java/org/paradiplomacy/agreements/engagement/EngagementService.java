package org.paradiplomacy.agreements.engagement;

import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * The reads every engagement service answers alike (the current state, the state as of a date, the history and
 * a filtered page of the read model); each service adds its own commands, which look up what they name first.
 *
 * @param <C> its commands, {@code E} its events, {@code S} its state as its decider folds it
 */
public abstract class EngagementService<C, E, S> {

    private final String streamType;
    private final Class<S> stateType;
    private final EngagementLedger<C, E, S> ledger;
    private final EngagementReadModel readModel;

    /** For the client proxy of a normal-scoped bean only: it delegates every call to the real instance. */
    protected EngagementService() {
        this(null, null, null, null);
    }

    protected EngagementService(String streamType, Class<S> stateType, EngagementLedger<C, E, S> ledger,
            EngagementReadModel readModel) {
        this.streamType = streamType;
        this.stateType = stateType;
        this.ledger = ledger;
        this.readModel = readModel;
    }

    protected EngagementLedger<C, E, S> ledger() {
        return ledger;
    }

    public Recorded<S> get(String id) {
        return ledger.get(id);
    }

    public Recorded<S> getAsOf(String id, LocalDate date) {
        return ledger.getAsOf(id, date);
    }

    public List<StoredEvent> history(String id) {
        return ledger.history(id);
    }

    /** One page of this kind of engagement matching the filter, newest main date first. */
    public EngagementReadModel.Result<Recorded<S>> search(EngagementFilter filter, int page, int size) {
        return readModel.search(streamType, filter, page, size, stateType);
    }
}
