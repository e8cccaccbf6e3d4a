package org.paradiplomacy.actors.domain;

/** Why an actor no longer acts: merged into another, or dissolved. */
public enum RetirementReason {
    MERGED("merged"),
    DISSOLVED("dissolved");

    private final String code;

    RetirementReason(String code) {
        this.code = code;
    }

    @Override
    public String toString() {
        return code;
    }
}
