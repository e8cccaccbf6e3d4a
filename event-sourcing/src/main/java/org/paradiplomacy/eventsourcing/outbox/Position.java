package org.paradiplomacy.eventsourcing.outbox;

/**
 * A place in the publication order: the writing transaction's id ({@code xid8}, held as a number, never as text:
 * as text "10000" sorts before "9999") and the event's global position within it.
 */
record Position(long txId, long globalPosition) {

    static final Position START = new Position(0, 0);

    /** The transaction id as PostgreSQL reads an {@code xid8} literal. */
    String txIdLiteral() {
        return Long.toUnsignedString(txId);
    }
}
