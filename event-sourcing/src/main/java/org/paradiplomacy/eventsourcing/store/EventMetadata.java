package org.paradiplomacy.eventsourcing.store;

/**
 * Who and what caused an event: the request's correlation id (carried through every event it causes), the id of
 * the event or request that caused it, the principal, and the W3C trace context.
 */
public record EventMetadata(String correlationId, String causationId, String principal, String traceparent) {

    public static EventMetadata none() {
        return new EventMetadata(null, null, null, null);
    }
}
