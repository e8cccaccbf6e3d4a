package org.paradiplomacy.actors.actor.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an actor's subdivision was found when it was not given: only from its coordinates, so far. */
public enum PlacedBy {
    COORDINATES("coordinates");

    private final String code;

    PlacedBy(String code) {
        this.code = code;
    }

    /** The code in the API and the events (and in the OpenAPI documents' enumerations). */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
