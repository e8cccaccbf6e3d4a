package org.paradiplomacy.actors.actor.application;

import java.util.List;
import java.util.Optional;
import org.paradiplomacy.actors.actor.model.Actor;
import org.paradiplomacy.actors.actor.model.ActorKind;
import org.paradiplomacy.actors.actor.model.DuplicateCandidate;

/**
 * The actors' read model as the service needs it: written in the transaction of each append, so it always
 * equals the streams, and searched for lists. The database keeps it ({@code actor.infrastructure.ActorReadModel}).
 */
public interface ActorViews {

    /** Records the actor as it now stands, with its representation. */
    void update(Actor actor, ActorModel document);

    /** The actors matching the filter, by English name, one page of them, with the number of all matches. */
    Found search(ActorFilter filter, int page, int size);

    /**
     * Holds, until the transaction ends, the names a registration of this kind in this country gives, so that two
     * registrations of one name are checked one after the other (the second sees the first).
     */
    void lockNames(ActorKind kind, String country, List<String> keys);

    /**
     * The live actors (neither merged nor withdrawn) of the kind and country, and of the subdivision when both
     * have one, with a name or alias whose key is among {@code keys}.
     */
    List<DuplicateCandidate> likelyDuplicates(ActorKind kind, String country, String subdivision, List<String> keys);

    /** The actor that stands for a merged actor at the end of its merge chain; empty for an actor not merged. */
    Optional<String> survivorOf(String id);

    /** The actors merged into this one, directly or through others. */
    List<String> mergedInto(String id);

    /** A page of actors and the number of all matches. */
    record Found(List<ActorModel> items, long total) {
    }
}
