package org.paradiplomacy.actors.actor.model;

import java.time.LocalDate;
import java.util.List;

/** What a client asks of an actor. Other actors a command names come as {@link ActorRef}s, already looked up. */
public sealed interface ActorCommand {

    record RegisterActor(String actorId, ActorKind kind, Names names, List<String> aliases, String country,
            String subdivision, ActorRef parent, Coordinates coordinates, Long population, String website,
            ForeignAffairsOffice foreignAffairsOffice) implements ActorCommand {
    }

    /** The corrected details; {@code parent} is the actor's current parent, if it has one, looked up. */
    record CorrectActorDetails(Names names, String country, String subdivision, Coordinates coordinates,
            Long population, String website, ForeignAffairsOffice foreignAffairsOffice, ActorRef parent)
            implements ActorCommand {
    }

    record RenameActor(Names names, LocalDate effectiveOn) implements ActorCommand {
    }

    record AddAlias(String alias) implements ActorCommand {
    }

    record RemoveAlias(String alias) implements ActorCommand {
    }

    record ChangeParent(ActorRef parent, LocalDate effectiveOn) implements ActorCommand {
    }

    record JoinNetwork(ActorRef network, String role, LocalDate since) implements ActorCommand {
    }

    record LeaveNetwork(String networkId, LocalDate until) implements ActorCommand {
    }

    record RetireActor(RetirementReason reason, ActorRef mergedInto, LocalDate effectiveOn) implements ActorCommand {
    }
}
