package org.paradiplomacy.actors.actor.model;

import java.util.List;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/** An actor as its events describe it, with every source its events gave, in order, each once. */
public record Actor(
        String id,
        ActorKind kind,
        Names names,
        List<String> aliases,
        Place place,
        String parentId,
        Coordinates coordinates,
        Long population,
        String website,
        ForeignAffairsOffice foreignAffairsOffice,
        List<Membership> memberships,
        Retirement retirement,
        List<Source> sources) {

    public boolean retired() {
        return retirement != null;
    }

    Actor withDetails(Names names, Place place, Coordinates coordinates, Long population, String website,
            ForeignAffairsOffice office) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website, office,
                memberships, retirement, sources);
    }

    Actor withNames(Names newNames) {
        return withDetails(newNames, place, coordinates, population, website, foreignAffairsOffice);
    }

    Actor withAliases(List<String> newAliases) {
        return new Actor(id, kind, names, List.copyOf(newAliases), place, parentId, coordinates, population, website,
                foreignAffairsOffice, memberships, retirement, sources);
    }

    Actor withParent(String newParentId) {
        return new Actor(id, kind, names, aliases, place, newParentId, coordinates, population, website,
                foreignAffairsOffice, memberships, retirement, sources);
    }

    Actor withMemberships(List<Membership> newMemberships) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website,
                foreignAffairsOffice, List.copyOf(newMemberships), retirement, sources);
    }

    Actor withRetirement(Retirement newRetirement) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website,
                foreignAffairsOffice, memberships, newRetirement, sources);
    }

    Actor withSources(List<Source> added) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website,
                foreignAffairsOffice, memberships, retirement, Sources.merge(sources, added));
    }
}
