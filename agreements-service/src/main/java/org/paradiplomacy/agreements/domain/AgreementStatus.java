package org.paradiplomacy.agreements.domain;

/** Where an agreement is in its life; only a signed one is active. */
public enum AgreementStatus {
    PROPOSED("proposed"),
    SIGNED("signed"),
    SUSPENDED("suspended"),
    TERMINATED("terminated"),
    EXPIRED("expired");

    private final String code;

    AgreementStatus(String code) {
        this.code = code;
    }

    @Override
    public String toString() {
        return code;
    }
}
