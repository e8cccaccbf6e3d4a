package org.paradiplomacy.agreements.engagement;

/**
 * An event that replaces a record's whole from its start (a corrected conference or statement): the state "as of"
 * any day is the corrected one, and the record counts from the corrected date.
 */
public interface Correction {
}
