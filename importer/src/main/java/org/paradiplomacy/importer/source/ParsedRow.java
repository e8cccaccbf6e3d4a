package org.paradiplomacy.importer.source;

/** What a row of a list became: a link to record, or a rejection with its line and reason. */
public sealed interface ParsedRow {

    long line();

    record Link(LinkRow row) implements ParsedRow {

        @Override
        public long line() {
            return row.line();
        }
    }

    record Rejected(long line, String reason) implements ParsedRow {
    }
}
