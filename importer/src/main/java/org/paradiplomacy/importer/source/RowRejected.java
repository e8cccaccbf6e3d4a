package org.paradiplomacy.importer.source;

/** A row that cannot be imported, and why; thrown while a row is read so that nothing of it is recorded. */
final class RowRejected extends RuntimeException {

    RowRejected(String reason) {
        super(reason, null, false, false);
    }
}
