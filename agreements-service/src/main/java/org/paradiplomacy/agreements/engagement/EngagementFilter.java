package org.paradiplomacy.agreements.engagement;

import java.time.LocalDate;

/**
 * What a list of engagements is narrowed to; every part is optional. {@code country} and {@code subdivision}
 * match an engagement when any actor taking part is placed there; dates match the first day of the engagement's
 * main date (a signing in {@code 2019} is on or after {@code 2019-01-01}). Withdrawn records are left out unless
 * {@code withdrawn} asks for them too.
 */
public record EngagementFilter(String actor, String country, String subdivision, String kind, String status,
        String field, LocalDate from, LocalDate to, boolean withdrawn) {

    public EngagementFilter(String actor, String country, String subdivision, String kind, String status,
            String field, LocalDate from, LocalDate to) {
        this(actor, country, subdivision, kind, status, field, from, to, false);
    }
}
