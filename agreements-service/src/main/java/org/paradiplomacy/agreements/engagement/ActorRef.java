package org.paradiplomacy.agreements.engagement;

/**
 * What an engagement needs to know of an actor it names, from this service's directory of actors (built from
 * the actors topic): whether it is known, whether it was retired, and what the events say of it.
 */
public record ActorRef(String id, boolean known, boolean retired, ActorSnapshot snapshot) {

    /** An actor whose details do not matter (in the deciders' own tests): its snapshot is its id. */
    public ActorRef(String id, boolean known, boolean retired) {
        this(id, known, retired, ActorSnapshot.unknown(id));
    }

    public ActorRef {
        snapshot = snapshot != null ? snapshot : ActorSnapshot.unknown(id);
    }

    public static ActorRef unknown(String id) {
        return new ActorRef(id, false, false);
    }
}
