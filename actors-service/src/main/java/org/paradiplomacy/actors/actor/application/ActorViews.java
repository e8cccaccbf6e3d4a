package org.paradiplomacy.actors.actor.application;

import java.util.List;
import org.paradiplomacy.actors.actor.model.Actor;

/**
 * The actors' read model as the service needs it: written in the transaction of each append, so it always
 * equals the streams, and searched for lists. The database keeps it ({@code actor.infrastructure.ActorReadModel}).
 */
public interface ActorViews {

    /** Records the actor as it now stands, with its representation. */
    void update(Actor actor, ActorModel document);

    /** The actors matching the filter, by English name, one page of them, with the number of all matches. */
    Found search(ActorFilter filter, int page, int size);

    /** A page of actors and the number of all matches. */
    record Found(List<ActorModel> items, long total) {
    }
}
