package org.paradiplomacy.eventsourcing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken rule of a command before refusing it, so a client learns of all its mistakes at once.
 */
public final class Rules {

    private final List<FieldError> errors = new ArrayList<>();

    public Rules require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Rules add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** The dates the records can hold: before 1800 or after 2999 a date is a typing mistake. */
    public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /** A date, if given, lies between {@link #EARLIEST} and {@link #LATEST}. */
    public Rules requirePlausible(String field, LocalDate date) {
        return require(date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)), field,
                "must be between " + EARLIEST + " and " + LATEST);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws a {@link RuleViolation} listing every error collected, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
    }
}
