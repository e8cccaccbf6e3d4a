package org.paradiplomacy.agreements.engagement;

/**
 * An engagement's state as its events describe it, and the version of its stream (which the API sends as its
 * ETag). What the services hand out: the API maps it to its own models, so no layer below the API knows them.
 */
public record Recorded<S>(S state, long version) {
}
