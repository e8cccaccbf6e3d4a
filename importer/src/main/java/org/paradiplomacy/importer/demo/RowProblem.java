package org.paradiplomacy.importer.demo;

/** Thrown while a row is read: the column at fault (or null) and why, so that nothing of the row is recorded. */
final class RowProblem extends RuntimeException {

    private final String column;

    RowProblem(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    String column() {
        return column;
    }
}
