package org.paradiplomacy.actors.actor.model;

import java.util.List;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

/**
 * A registration whose name matches a live actor of the same kind and place, which it does not say it is distinct
 * from (answered 409 with the candidates): {@code errors} name the fields of the request whose names matched.
 */
public class LikelyDuplicate extends StateConflict {

    private final List<DuplicateCandidate> candidates;
    private final List<FieldError> errors;

    public LikelyDuplicate(String message, List<DuplicateCandidate> candidates, List<FieldError> errors) {
        super(message);
        this.candidates = List.copyOf(candidates);
        this.errors = List.copyOf(errors);
    }

    public List<DuplicateCandidate> candidates() {
        return candidates;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
