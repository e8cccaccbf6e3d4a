package org.paradiplomacy.actors.actor.model;

import java.time.LocalDate;
import java.util.List;

/** An actor as its events describe it. */
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
        Retirement retirement) {

    public boolean retired() {
        return retirement != null;
    }

    public List<Membership> activeMemberships(LocalDate date) {
        return memberships.stream().filter(m -> m.activeOn(date)).toList();
    }

    Actor withDetails(Names names, Place place, Coordinates coordinates, Long population, String website,
            ForeignAffairsOffice office) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website, office,
                memberships, retirement);
    }

    Actor withNames(Names newNames) {
        return withDetails(newNames, place, coordinates, population, website, foreignAffairsOffice);
    }

    Actor withAliases(List<String> newAliases) {
        return new Actor(id, kind, names, List.copyOf(newAliases), place, parentId, coordinates, population, website,
                foreignAffairsOffice, memberships, retirement);
    }

    Actor withParent(String newParentId) {
        return new Actor(id, kind, names, aliases, place, newParentId, coordinates, population, website,
                foreignAffairsOffice, memberships, retirement);
    }

    Actor withMemberships(List<Membership> newMemberships) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website,
                foreignAffairsOffice, List.copyOf(newMemberships), retirement);
    }

    Actor withRetirement(Retirement newRetirement) {
        return new Actor(id, kind, names, aliases, place, parentId, coordinates, population, website,
                foreignAffairsOffice, memberships, newRetirement);
    }
}
