package org.paradiplomacy.eventsourcing.aggregate;

import java.util.List;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/** An aggregate's state folded from its stream, with the stream's version (the ETag) and its events. */
public record Loaded<S>(String streamId, S state, long version, List<StoredEvent> history) {

    public boolean exists() {
        return version > 0;
    }
}
