package org.paradiplomacy.actors.actor.application;

import java.util.List;
import org.paradiplomacy.actors.actor.model.ActorKind;
import org.paradiplomacy.actors.actor.model.Coordinates;
import org.paradiplomacy.actors.actor.model.ForeignAffairsOffice;
import org.paradiplomacy.actors.actor.model.Names;
import org.paradiplomacy.provenance.Source;

/**
 * What a client gives to register an actor: its parent by id, which the service looks up, and the ids of the actors
 * it says it is distinct from despite a likely duplicate name.
 */
public record NewActor(ActorKind kind, Names names, List<String> aliases, String country, String subdivision,
        String parentId, Coordinates coordinates, Long population, String website,
        ForeignAffairsOffice foreignAffairsOffice, List<Source> sources, List<String> distinctFrom) {
}
