package org.paradiplomacy.agreements.agreement;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Kinds of agreement, from the loosest to the fullest: links often climb from a letter of intent to a memorandum
 * of understanding to an agreement.
 */
public enum AgreementKind {
    LETTER_OF_INTENT("letter-of-intent"),
    MEMORANDUM_OF_UNDERSTANDING("memorandum-of-understanding"),
    COOPERATION("cooperation"),
    /** The lower tier of friendly-exchange cities (友好交流城市). */
    FRIENDLY_EXCHANGE("friendly-exchange"),
    /** Sister-city, sister-province or friendship-city agreements (友好城市). */
    SISTER_CITY("sister-city");

    private final String code;

    AgreementKind(String code) {
        this.code = code;
    }

    /** The code in the API and the events (and in the OpenAPI documents' enumerations). */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
