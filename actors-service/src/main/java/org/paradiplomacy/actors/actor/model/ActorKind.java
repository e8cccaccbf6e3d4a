package org.paradiplomacy.actors.actor.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What kind of actor acts internationally; {@link #toString()} is its code in the API and the events. */
public enum ActorKind {
    CITY("city"),
    /** A district or county of a city, such as Nansha district of Guangzhou. */
    DISTRICT("district"),
    /** A first-level subdivision: province, state or region. */
    PROVINCE("province"),
    NATIONAL_BODY("national-body"),
    NETWORK("network"),
    FORUM("forum");

    private final String code;

    ActorKind(String code) {
        this.code = code;
    }

    /** Networks and forums are the actors others join. */
    public boolean isNetwork() {
        return this == NETWORK || this == FORUM;
    }

    public static String codes() {
        return Arrays.stream(values()).map(ActorKind::toString).collect(Collectors.joining(", "));
    }

    /** The code in the API and the events (and in the OpenAPI documents' enumerations). */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
