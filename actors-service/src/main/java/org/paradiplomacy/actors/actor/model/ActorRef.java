package org.paradiplomacy.actors.actor.model;

/**
 * What a command needs to know of another actor it names (a parent, a network, the actor merged into), looked
 * up before deciding so the decision itself stays a pure function. {@code survivorId} is set when that actor was
 * merged into another.
 */
public record ActorRef(String id, boolean exists, ActorKind kind, String country, boolean retired, String survivorId,
        boolean withdrawn) {

    public ActorRef(String id, boolean exists, ActorKind kind, String country, boolean retired) {
        this(id, exists, kind, country, retired, null, false);
    }

    public static ActorRef missing(String id) {
        return new ActorRef(id, false, null, null, false);
    }

    public static ActorRef of(Actor actor) {
        return new ActorRef(actor.id(), true, actor.kind(), actor.place().country(), actor.retired(),
                actor.survivorId(), actor.withdrawn());
    }

    public boolean merged() {
        return survivorId != null;
    }
}
