package org.paradiplomacy.eventsourcing.rest;

import jakarta.enterprise.context.RequestScoped;
import org.paradiplomacy.eventsourcing.store.EventMetadata;

/**
 * The metadata every event of the current request carries, captured by {@link RequestMetadataFilter}.
 */
@RequestScoped
public class RequestMetadata {

    private EventMetadata metadata = EventMetadata.none();

    public EventMetadata get() {
        return metadata;
    }

    void set(EventMetadata metadata) {
        this.metadata = metadata;
    }
}
