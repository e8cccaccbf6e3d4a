package org.paradiplomacy.eventsourcing.store;

import java.time.Instant;
import java.util.UUID;

/** An event about to be appended: its id, type, schema version and JSON payload. */
public record NewEvent(UUID eventId, String eventType, int schemaVersion, String payload, Instant occurredAt) {
}
