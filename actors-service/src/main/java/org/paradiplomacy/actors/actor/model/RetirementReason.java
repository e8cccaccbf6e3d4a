package org.paradiplomacy.actors.actor.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an actor no longer acts: merged into another, or dissolved. */
public enum RetirementReason {
    MERGED("merged"),
    DISSOLVED("dissolved");

    private final String code;

    RetirementReason(String code) {
        this.code = code;
    }

    /** The code in the API and the events (and in the OpenAPI documents' enumerations). */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
