package org.paradiplomacy.agreements.domain;

/** A mission is planned, then completed or cancelled. */
public enum MissionStatus {
    PLANNED("planned"),
    COMPLETED("completed"),
    CANCELLED("cancelled");

    private final String code;

    MissionStatus(String code) {
        this.code = code;
    }

    @Override
    public String toString() {
        return code;
    }
}
