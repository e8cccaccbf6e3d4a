package org.paradiplomacy.eventsourcing.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/** One event of an aggregate's history, as the API shows it. */
@Schema(name = "HistoryItem", description = "One recorded event of a stream, oldest first.")
public record HistoryItem(
        @Schema(description = "The event's version within its stream (the ETag after it)", examples = "1")
        long version,
        @Schema(description = "The event's unique id (the CloudEvents id)")
        UUID eventId,
        @Schema(description = "The event type", examples = "ActorRegistered")
        String type,
        @Schema(description = "The CloudEvents type it is published with", examples = "org.paradiplomacy.actor.registered.v1")
        String cloudEventType,
        @Schema(description = "When the change was decided")
        Instant occurredAt,
        @Schema(description = "When the store recorded it")
        Instant recordedAt,
        @Schema(description = "The event's payload, as published")
        Map<String, Object> data,
        @Schema(description = "Correlation and causation ids, principal and trace context")
        Map<String, Object> metadata) {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    public static HistoryItem of(StoredEvent event) {
        try {
            return new HistoryItem(event.streamVersion(), event.eventId(), event.eventType(),
                    CloudEvents.type(event.streamType(), event.eventType(), event.schemaVersion()), event.occurredAt(),
                    event.recordedAt(), EventJson.MAPPER.readValue(event.payload(), OBJECT),
                    EventJson.MAPPER.readValue(event.metadata(), OBJECT));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event " + event.eventId() + " is not JSON", e);
        }
    }
}
