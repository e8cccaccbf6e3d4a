package org.paradiplomacy.agreements.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;

/**
 * given(decider, events).when(command).then(events): every engagement decider runs as a plain function, without a
 * database, on the same fixed day. The one given/when/then helper of this service's decider tests.
 */
public final class Scenario<C, E, S> {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final Decider<C, E, S> decider;
    private final List<E> history;
    private C command;

    private Scenario(Decider<C, E, S> decider, List<E> history) {
        this.decider = decider;
        this.history = history;
    }

    @SafeVarargs
    public static <C, E, S> Scenario<C, E, S> given(Decider<C, E, S> decider, E... history) {
        return new Scenario<>(decider, Arrays.asList(history));
    }

    public static <C, E, S> Scenario<C, E, S> given(Decider<C, E, S> decider, List<? extends E> history) {
        return new Scenario<>(decider, List.copyOf(history));
    }

    public Scenario<C, E, S> when(C command) {
        this.command = command;
        return this;
    }

    /** The state the given events fold to. */
    public S state() {
        return decider.fold(decider.initialState(), history);
    }

    /** The events the command decides, for assertions of their own. */
    public List<E> events() {
        return decider.decide(command, state());
    }

    @SafeVarargs
    public final void then(E... expected) {
        assertThat(events()).containsExactly(expected);
    }

    /** The command is refused with a 422; the errors it names, in order. */
    public List<FieldError> refusals() {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, this::events);
        assertThat(violation).as("refused with 422").isNotNull();
        return violation.errors();
    }

    /** The command is refused with a 422; the fields it names, in order. */
    public List<String> refusedFields() {
        return refusals().stream().map(FieldError::field).toList();
    }

    public AbstractThrowableAssert<?, ? extends Throwable> thenFails() {
        return assertThatThrownBy(this::events);
    }
}
