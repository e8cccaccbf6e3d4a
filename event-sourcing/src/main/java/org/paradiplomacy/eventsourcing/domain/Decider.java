package org.paradiplomacy.eventsourcing.domain;

import java.util.List;

/**
 * An aggregate as two pure functions: {@code decide} turns a command and the current state into new events (or
 * refuses it), {@code evolve} folds one event into the state. No framework types, so the rules are tested
 * given/when/then without a database.
 *
 * @param <C> the commands
 * @param <E> the events
 * @param <S> the state; {@link #initialState()} is the state of a stream with no events
 */
public interface Decider<C, E, S> {

    S initialState();

    /** The events that record the command's effect; throws {@link RuleViolation} or {@link StateConflict}. */
    List<E> decide(C command, S state);

    S evolve(S state, E event);

    default S fold(S state, List<? extends E> events) {
        S result = state;
        for (E event : events) {
            result = evolve(result, event);
        }
        return result;
    }
}
