package org.paradiplomacy.agreements.rest;

/** Parameter descriptions the engagement resources share. */
final class Docs {

    static final String IF_MATCH = "The ETag (version) the command applies to; a stale one is refused with 412";
    static final String IDEMPOTENCY_KEY = "Makes a retried request return the first response instead of acting twice";
    static final String AS_OF = "A past date, YYYY-MM-DD: the record as it stood that day";
    static final String ACTOR = "Only those an actor takes part in (as party, leader, host, participant, issuer or subject)";
    static final String COUNTRY = "Only those with an actor in this ISO 3166-1 country";
    static final String SUBDIVISION = "Only those with an actor in this ISO 3166-2 subdivision";
    static final String FROM = "Main date on or after, YYYY-MM-DD";
    static final String TO = "Main date on or before, YYYY-MM-DD";
    static final String FIELD = "Only those covering this field of cooperation";
    static final String UNKNOWN_ACTORS = " Every actor named must be known to this service's directory (built from the"
            + " actors topic, a moment behind actors-service: a 422 naming an actor just registered can be retried)"
            + " and not retired.";

    private Docs() {
    }
}
