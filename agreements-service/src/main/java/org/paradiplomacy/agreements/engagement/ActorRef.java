package org.paradiplomacy.agreements.engagement;

/**
 * What an engagement needs to know of an actor it names, from this service's directory of actors (built from
 * the actors topic): whether it is known, whether it was retired or withdrawn (recorded in error), and what the
 * events say of it. An id merged into another actor comes as its survivor's.
 */
public record ActorRef(String id, boolean known, boolean retired, ActorSnapshot snapshot, boolean withdrawn) {

    /** An actor whose details do not matter (in the deciders' own tests): its snapshot is its id. */
    public ActorRef(String id, boolean known, boolean retired) {
        this(id, known, retired, ActorSnapshot.unknown(id), false);
    }

    public ActorRef(String id, boolean known, boolean retired, ActorSnapshot snapshot) {
        this(id, known, retired, snapshot, false);
    }

    public ActorRef {
        snapshot = snapshot != null ? snapshot : ActorSnapshot.unknown(id);
    }

    public static ActorRef unknown(String id) {
        return new ActorRef(id, false, false);
    }

    /** The actor as one a record already names: its retirement since does not keep it out of a correction. */
    public ActorRef alreadyNamed() {
        return new ActorRef(id, known, false, snapshot, withdrawn);
    }
}
