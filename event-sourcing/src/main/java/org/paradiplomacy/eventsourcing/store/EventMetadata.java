package org.paradiplomacy.eventsourcing.store;

/**
 * Who and what caused an event: the request's correlation id (carried through every event it causes), the id of
 * the event or request that caused it, the principal, and the W3C trace context. The principal is the bearer
 * token's user name (or its client id for a service account, or {@code anonymous}); {@code subject},
 * {@code username} and {@code clientId} are the token's {@code sub}, {@code preferred_username} and {@code azp},
 * absent when the request carried no token.
 */
public record EventMetadata(String correlationId, String causationId, String principal, String traceparent,
        String subject, String username, String clientId) {

    public EventMetadata(String correlationId, String causationId, String principal, String traceparent) {
        this(correlationId, causationId, principal, traceparent, null, null, null);
    }

    public static EventMetadata none() {
        return new EventMetadata(null, null, null, null);
    }
}
