package org.paradiplomacy.importer.demo;

/** A row, or a record of a row, the loader did not record, and why: with its file, line and, where one is at fault, column. */
public record Refused(String file, long line, String column, String reason) {

    public String text() {
        return file + (line > 0 ? ", line " + line : "") + (column == null ? "" : ", column " + column) + ": " + reason;
    }
}
