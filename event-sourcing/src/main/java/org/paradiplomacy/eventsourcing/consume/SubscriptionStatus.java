package org.paradiplomacy.eventsourcing.consume;

/**
 * How far a subscription has come: events applied, dead-lettered, and how far behind the topics it is: events
 * published but not yet applied, and for how many seconds it has not been caught up.
 */
public record SubscriptionStatus(String state, long processed, long deadLettered, long lagEvents,
        long secondsBehind, boolean lagKnown, String lastError) {

    static final SubscriptionStatus STOPPED = new SubscriptionStatus("stopped", 0, 0, 0, 0, false, null);
    static final SubscriptionStatus STARTING = new SubscriptionStatus("starting", 0, 0, 0, 0, false, null);

    SubscriptionStatus running() {
        return new SubscriptionStatus("running", processed, deadLettered, lagEvents, secondsBehind, lagKnown, null);
    }

    SubscriptionStatus processed(int count) {
        return new SubscriptionStatus("running", processed + count, deadLettered, lagEvents, secondsBehind, lagKnown, null);
    }

    SubscriptionStatus withDeadLetter() {
        return new SubscriptionStatus(state, processed, deadLettered + 1, lagEvents, secondsBehind, lagKnown, lastError);
    }

    SubscriptionStatus lagging(long lag, long seconds) {
        return new SubscriptionStatus(state, processed, deadLettered, lag, seconds, true, lastError);
    }

    SubscriptionStatus failing(String error) {
        return new SubscriptionStatus("retrying", processed, deadLettered, lagEvents, secondsBehind, lagKnown, error);
    }

    public boolean healthy() {
        return lastError == null;
    }

    /** Every event published so far has been applied (as of the last measurement, at most a second old). */
    public boolean caughtUp() {
        return lagKnown && lagEvents == 0 && lastError == null;
    }
}
