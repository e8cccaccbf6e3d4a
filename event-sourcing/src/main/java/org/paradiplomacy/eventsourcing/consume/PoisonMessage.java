package org.paradiplomacy.eventsourcing.consume;

/**
 * A message that can never be applied, however often it is retried: it goes to the dead-letter topic with this
 * reason, and consumption goes on.
 */
public class PoisonMessage extends RuntimeException {

    public PoisonMessage(String reason) {
        super(reason);
    }
}
