package org.paradiplomacy.agreements.engagement.api;

/** Parameter descriptions the engagement resources share (the command headers' are in {@code CommandHeaders}). */
public final class Docs {

    public static final String AS_OF = "A past date, YYYY-MM-DD: the record as it stood that day";
    public static final String ACTOR = "Only those an actor takes part in (as party, leader, host, participant, issuer or subject)";
    public static final String COUNTRY = "Only those with an actor in this ISO 3166-1 country";
    public static final String SUBDIVISION = "Only those with an actor in this ISO 3166-2 subdivision";
    public static final String FROM = "Main date on or after, YYYY-MM-DD";
    public static final String TO = "Main date on or before, YYYY-MM-DD";
    public static final String FIELD = "Only those covering this field of cooperation";
    public static final String UNKNOWN_ACTORS = " Every actor named must be known to this service's directory (built from the"
            + " actors topic, a moment behind actors-service: a 422 naming an actor just registered can be retried)"
            + " and not retired.";

    private Docs() {
    }
}
