package org.paradiplomacy.agreements.engagement;

import java.time.LocalDate;

/**
 * What a list of engagements is narrowed to; every part is optional. {@code country} and {@code subdivision}
 * match an engagement when any actor taking part is placed there; dates match the first day of the engagement's
 * main date (a signing in {@code 2019} is on or after {@code 2019-01-01}).
 */
public record EngagementFilter(String actor, String country, String subdivision, String kind, String status,
        String field, LocalDate from, LocalDate to) {
}
