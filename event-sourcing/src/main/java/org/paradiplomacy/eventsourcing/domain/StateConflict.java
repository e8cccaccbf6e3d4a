package org.paradiplomacy.eventsourcing.domain;

/**
 * A command that the aggregate's current state does not allow, such as terminating an agreement that is already
 * terminated (answered 409).
 */
public class StateConflict extends RuntimeException {

    public StateConflict(String message) {
        super(message);
    }
}
