package org.paradiplomacy.eventsourcing.consume;

/** How far a subscription has come: events applied, dead-lettered, and how far behind the topics it is. */
public record SubscriptionStatus(String state, long processed, long deadLettered, long lagEvents,
        long secondsBehind, String lastError) {

    static final SubscriptionStatus STOPPED = new SubscriptionStatus("stopped", 0, 0, 0, 0, null);
    static final SubscriptionStatus STARTING = new SubscriptionStatus("starting", 0, 0, 0, 0, null);

    SubscriptionStatus running() {
        return new SubscriptionStatus("running", processed, deadLettered, lagEvents, secondsBehind, null);
    }

    SubscriptionStatus processed(int count) {
        return new SubscriptionStatus("running", processed + count, deadLettered, lagEvents, secondsBehind, null);
    }

    SubscriptionStatus withDeadLetter() {
        return new SubscriptionStatus(state, processed, deadLettered + 1, lagEvents, secondsBehind, lastError);
    }

    SubscriptionStatus lagging(long lag, long seconds) {
        return new SubscriptionStatus(state, processed, deadLettered, lag, seconds, lastError);
    }

    SubscriptionStatus failing(String error) {
        return new SubscriptionStatus("retrying", processed, deadLettered, lagEvents, secondsBehind, error);
    }

    public boolean healthy() {
        return lastError == null;
    }
}
