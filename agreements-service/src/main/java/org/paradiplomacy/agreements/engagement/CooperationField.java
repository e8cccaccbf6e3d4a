package org.paradiplomacy.agreements.engagement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The fixed vocabulary of fields of cooperation; {@link #toString()} is the code used in the API and events. */
public enum CooperationField {
    CULTURE("culture"),
    TRADE("trade"),
    INVESTMENT("investment"),
    EDUCATION("education"),
    TOURISM("tourism"),
    SCIENCE_AND_TECHNOLOGY("science-and-technology"),
    AGRICULTURE("agriculture"),
    HEALTH("health"),
    ENVIRONMENT("environment"),
    URBAN_DEVELOPMENT("urban-development"),
    TRANSPORT("transport"),
    ENERGY("energy"),
    SPORT("sport"),
    YOUTH("youth"),
    PUBLIC_ADMINISTRATION("public-administration");

    private final String code;

    CooperationField(String code) {
        this.code = code;
    }

    public static String codes() {
        return Arrays.stream(values()).map(CooperationField::toString).collect(Collectors.joining(", "));
    }

    /** The code in the API and the events (and in the OpenAPI documents' enumerations). */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
