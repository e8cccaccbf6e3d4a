package org.paradiplomacy.actors.actor.model;

import java.util.List;
import java.util.function.UnaryOperator;
import org.paradiplomacy.eventsourcing.aggregate.Upcaster;

/**
 * From each earlier schema version of an actor event to the next. The v2 events date a change at the precision
 * of its source; a v1 payload held a day ({@code YYYY-MM-DD}), which is already a valid v2 date, and had no
 * sources, which v2 may leave absent: the step keeps the payload as it is.
 */
public final class ActorUpcasters {

    public static final List<Upcaster> ALL = List.of(
            new Upcaster("ActorRenamed", 1, UnaryOperator.identity()),
            new Upcaster("ActorParentChanged", 1, UnaryOperator.identity()),
            new Upcaster("NetworkMembershipStarted", 1, UnaryOperator.identity()),
            new Upcaster("NetworkMembershipEnded", 1, UnaryOperator.identity()),
            new Upcaster("ActorRetired", 1, UnaryOperator.identity()));

    private ActorUpcasters() {
    }
}
