package org.paradiplomacy.eventsourcing.domain;

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
