package org.paradiplomacy.agreements.mission;

import com.fasterxml.jackson.annotation.JsonValue;

/** A mission is planned, then completed or cancelled. */
public enum MissionStatus {
    PLANNED("planned"),
    COMPLETED("completed"),
    CANCELLED("cancelled");

    private final String code;

    MissionStatus(String code) {
        this.code = code;
    }

    /** The code in the API and the events (and in the OpenAPI documents' enumerations). */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
