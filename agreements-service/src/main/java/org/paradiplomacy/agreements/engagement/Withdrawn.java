package org.paradiplomacy.agreements.engagement;

/**
 * An event that withdraws a record made in error: it holds at every date (the record never happened), so the
 * state "as of" any day the record exists shows it withdrawn, and the record takes no further command.
 */
public interface Withdrawn {

    String reason();
}
