package org.paradiplomacy.actors.actor.model;

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
import org.paradiplomacy.actors.reference.Boundaries;
import org.paradiplomacy.actors.reference.RegionCatalog;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;

/** given(events).when(command).then(events): the actor rules run as plain functions, without a database. */
final class Scenario {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    /** The test boundaries: boxes around Hubei, Hainan (two parts), Biobío and Neuquén (with a hole). */
    static final Boundaries BOUNDARIES = new Boundaries("/boundaries/admin1-fixture.geojson");
    static final ActorDecider DECIDER = new ActorDecider(new RegionCatalog(), BOUNDARIES,
            Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));

    private final List<ActorEvent> history;
    private ActorCommand command;

    private Scenario(List<ActorEvent> history) {
        this.history = history;
    }

    static Scenario given(ActorEvent... history) {
        return new Scenario(Arrays.asList(history));
    }

    Scenario when(ActorCommand command) {
        this.command = command;
        return this;
    }

    Actor state() {
        return DECIDER.fold(DECIDER.initialState(), history);
    }

    void then(ActorEvent... expected) {
        assertThat(DECIDER.decide(command, state())).containsExactly(expected);
    }

    /** The command is refused with a 422 naming exactly these fields. */
    void thenRefused(String... fields) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, () -> DECIDER.decide(command, state()));
        assertThat(violation).as("a rule violation").isNotNull();
        assertThat(violation.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields);
    }

    AbstractThrowableAssert<?, ? extends Throwable> thenFails() {
        return assertThatThrownBy(() -> DECIDER.decide(command, state()));
    }
}
