package org.paradiplomacy.eventsourcing.domain;

/** Nothing is recorded under the id a request names (answered 404). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
