package org.paradiplomacy.agreements.engagement;

import java.time.LocalDate;

/**
 * What a list of engagements is narrowed to; every part is optional. {@code country} and {@code subdivision}
 * match an engagement when any actor taking part is placed there; dates match the engagement's main date.
 */
public record EngagementFilter(String actor, String country, String subdivision, String kind, String status,
        String field, LocalDate from, LocalDate to) {
}
