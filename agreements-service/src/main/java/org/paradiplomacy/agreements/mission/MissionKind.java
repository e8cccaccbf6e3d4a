package org.paradiplomacy.agreements.mission;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kinds of mission: a trade mission, an official visit, a delegation. */
public enum MissionKind {
    TRADE_MISSION("trade-mission"),
    OFFICIAL_VISIT("official-visit"),
    DELEGATION("delegation");

    private final String code;

    MissionKind(String code) {
        this.code = code;
    }

    /** The code in the API and the events (and in the OpenAPI documents' enumerations). */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
