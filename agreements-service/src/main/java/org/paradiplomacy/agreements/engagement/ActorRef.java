package org.paradiplomacy.agreements.engagement;

/**
 * What an engagement needs to know of an actor it names, from this service's directory of actors (built from
 * the actors topic): whether it is known, and whether it was retired.
 */
public record ActorRef(String id, boolean known, boolean retired) {

    public static ActorRef unknown(String id) {
        return new ActorRef(id, false, false);
    }
}
