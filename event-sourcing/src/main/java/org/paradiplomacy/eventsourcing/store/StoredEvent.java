package org.paradiplomacy.eventsourcing.store;

import java.time.Instant;
import java.util.UUID;

/** An event as the store holds it. */
public record StoredEvent(
        long globalPosition,
        String streamId,
        String streamType,
        long streamVersion,
        UUID eventId,
        String eventType,
        int schemaVersion,
        String payload,
        String metadata,
        Instant occurredAt,
        Instant recordedAt) {
}
