package org.paradiplomacy.actors.actor.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What happens to an actor. Corrections of the record (registration, corrected details, aliases) hold at every
 * date; changes in the world (a renaming, a new parent, memberships, retirement) carry the date they took
 * effect, which is what the state "as of" a past date follows.
 */
public sealed interface ActorEvent {

    String actorId();

    /** The date the change took effect in the world, or null for a correction of the record. */
    default LocalDate effectiveOn() {
        return null;
    }

    record ActorRegistered(String actorId, ActorKind kind, Names names, List<String> aliases, Place place,
            String parentId, Coordinates coordinates, Long population, String website,
            ForeignAffairsOffice foreignAffairsOffice) implements ActorEvent {
    }

    record ActorDetailsCorrected(String actorId, Names names, Place place, Coordinates coordinates, Long population,
            String website, ForeignAffairsOffice foreignAffairsOffice) implements ActorEvent {
    }

    record ActorRenamed(String actorId, Names names, Names previousNames, LocalDate effectiveOn)
            implements ActorEvent {
    }

    record ActorAliasAdded(String actorId, String alias) implements ActorEvent {
    }

    record ActorAliasRemoved(String actorId, String alias) implements ActorEvent {
    }

    record ActorParentChanged(String actorId, String parentId, String previousParentId, LocalDate effectiveOn)
            implements ActorEvent {
    }

    record NetworkMembershipStarted(String actorId, String networkId, String role, LocalDate since)
            implements ActorEvent {

        @Override
        public LocalDate effectiveOn() {
            return since;
        }
    }

    record NetworkMembershipEnded(String actorId, String networkId, LocalDate until) implements ActorEvent {

        @Override
        public LocalDate effectiveOn() {
            return until;
        }
    }

    record ActorRetired(String actorId, RetirementReason reason, String mergedInto, LocalDate effectiveOn)
            implements ActorEvent {
    }
}
