package org.paradiplomacy.eventsourcing.domain;

import java.util.List;

/** A command that breaks a rule of the domain (answered 422 with the fields at fault). */
public class RuleViolation extends RuntimeException {

    private final List<FieldError> errors;

    public RuleViolation(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
    }

    public RuleViolation(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
