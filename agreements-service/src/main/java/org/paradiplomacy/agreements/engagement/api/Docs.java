package org.paradiplomacy.agreements.engagement.api;

import org.paradiplomacy.provenance.Sources;

/** Parameter descriptions the engagement resources share (the command headers' are in {@code CommandHeaders}). */
public final class Docs {

    public static final String AS_OF = "A past date, YYYY-MM-DD: the record as it stood that day. A step dated to a"
            + " month or a year counts from its last day, or from the day it was recorded if that lies within it"
            + " (docs/decisions/0013)";
    public static final String ACTOR = "Only those an actor takes part in (as party, leader, host, participant, issuer or subject)";
    public static final String COUNTRY = "Only those with an actor in this ISO 3166-1 country";
    public static final String SUBDIVISION = "Only those with an actor in this ISO 3166-2 subdivision";
    public static final String FROM = "Main date on or after, YYYY-MM-DD (a main date given as a month or a year by its first day)";
    public static final String TO = "Main date on or before, YYYY-MM-DD (a main date given as a month or a year by its first day)";
    public static final String FIELD = "Only those covering this field of cooperation";
    public static final String UNKNOWN_ACTORS = " Every actor named must be known to this service's directory (built from the"
            + " actors topic, a moment behind actors-service: a 422 naming an actor just registered can be retried)"
            + " and not retired.";

    public static final String SOURCES = "Where it comes from: at most " + Sources.PER_RECORD
            + " sources, each with at least a title or a url";
    public static final String ALL_SOURCES = "Every source of the record, of its creation and of each later step, each once, in order";
    public static final String SOURCED = "Whether the record names any source (an unsourced record is marked so)";
    public static final String PARTIAL_DATE = "YYYY, YYYY-MM or YYYY-MM-DD";
    public static final String WITHDRAWN = "Also list withdrawn records (recorded in error), each with its withdrawal;"
            + " without it they are left out";
    public static final String WITHDRAWAL = "Set when it was withdrawn (recorded in error): why, when and by whom";
    public static final String WITHDRAW = " It leaves every figure, at every date (it never happened), stays readable"
            + " here and in its history with who withdrew it and why, and takes no further command (409); a second"
            + " withdrawal is a 409 too.";

    private Docs() {
    }
}
