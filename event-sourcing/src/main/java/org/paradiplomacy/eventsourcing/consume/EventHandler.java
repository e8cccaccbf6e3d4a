package org.paradiplomacy.eventsourcing.consume;

/**
 * Applies one received event to a projection, inside the transaction that also records the event as processed
 * and the offset as read. It ignores event types it does not know, and throws {@link PoisonMessage} for an event
 * it can never apply; any other failure is retried.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(ReceivedEvent event);
}
