package org.paradiplomacy.agreements.agreement;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an agreement is in its life; only a signed one is active (a superseded one was upgraded by a later one). */
public enum AgreementStatus {
    PROPOSED("proposed"),
    SIGNED("signed"),
    SUSPENDED("suspended"),
    TERMINATED("terminated"),
    EXPIRED("expired"),
    SUPERSEDED("superseded");

    private final String code;

    AgreementStatus(String code) {
        this.code = code;
    }

    /** The code in the API and the events (and in the OpenAPI documents' enumerations). */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
