package org.paradiplomacy.agreements.domain;

/** Kinds of mission: a trade mission, an official visit, a delegation. */
public enum MissionKind {
    TRADE_MISSION("trade-mission"),
    OFFICIAL_VISIT("official-visit"),
    DELEGATION("delegation");

    private final String code;

    MissionKind(String code) {
        this.code = code;
    }

    @Override
    public String toString() {
        return code;
    }
}
