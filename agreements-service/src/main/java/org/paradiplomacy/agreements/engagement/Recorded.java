package org.paradiplomacy.agreements.engagement;

/**
 * An engagement's state as its events describe it, the version of its stream (which the API sends as its ETag),
 * and its withdrawal if it was withdrawn (who and when come from the event's metadata, not its payload). What the
 * services hand out: the API maps it to its own models, so no layer below the API knows them.
 */
public record Recorded<S>(S state, long version, Withdrawal withdrawal) {

    public Recorded(S state, long version) {
        this(state, version, null);
    }
}
