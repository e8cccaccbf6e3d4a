package org.paradiplomacy.actors.actor.model;

import java.util.List;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/**
 * An actor as its events describe it, with every source its events gave, in order, each once. {@code survivorId}
 * is the actor it was merged into, if it was; {@code withdrawal} why it was withdrawn, if it was.
 */
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
        String survivorId,
        Withdrawal withdrawal,
        List<Source> sources) {

    public boolean retired() {
        return retirement != null;
    }

    public boolean merged() {
        return survivorId != null;
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }

    Actor withDetails(Names names, Place place, Coordinates coordinates, Long population, String website,
            ForeignAffairsOffice office) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website, office,
                memberships, retirement, survivorId, withdrawal, sources);
    }

    Actor withNames(Names newNames) {
        return withDetails(newNames, place, coordinates, population, website, foreignAffairsOffice);
    }

    Actor withAliases(List<String> newAliases) {
        return new Actor(id, kind, names, List.copyOf(newAliases), place, parentId, coordinates, population, website,
                foreignAffairsOffice, memberships, retirement, survivorId, withdrawal, sources);
    }

    Actor withParent(String newParentId) {
        return new Actor(id, kind, names, aliases, place, newParentId, coordinates, population, website,
                foreignAffairsOffice, memberships, retirement, survivorId, withdrawal, sources);
    }

    Actor withMemberships(List<Membership> newMemberships) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website,
                foreignAffairsOffice, List.copyOf(newMemberships), retirement, survivorId, withdrawal, sources);
    }

    Actor withRetirement(Retirement newRetirement) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website,
                foreignAffairsOffice, memberships, newRetirement, survivorId, withdrawal, sources);
    }

    Actor mergedInto(String survivor) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website,
                foreignAffairsOffice, memberships, retirement, survivor, withdrawal, sources);
    }

    Actor withdrawnFor(Withdrawal why) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website,
                foreignAffairsOffice, memberships, retirement, survivorId, why, sources);
    }

    Actor withSources(List<Source> added) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website,
                foreignAffairsOffice, memberships, retirement, survivorId, withdrawal, Sources.merge(sources, added));
    }
}
