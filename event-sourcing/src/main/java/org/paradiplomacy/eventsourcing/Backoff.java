package org.paradiplomacy.eventsourcing;

import java.time.Duration;

/** How long to wait before the next retry: doubling from a first pause up to a ceiling, reset by a success. */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration current = Duration.ZERO;

    public Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    /** The pause before the next attempt after one more failure. */
    public Duration next() {
        Duration doubled = current.isZero() ? first : current.multipliedBy(2);
        current = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    public void reset() {
        current = Duration.ZERO;
    }
}
