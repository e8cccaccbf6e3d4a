package org.paradiplomacy.actors.actor.model;

import java.util.List;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/**
 * What a client asks of an actor. Other actors a command names come as {@link ActorRef}s, already looked up. Every
 * command may carry the sources it comes from (null when none).
 */
public sealed interface ActorCommand {

    List<Source> sources();

    record RegisterActor(String actorId, ActorKind kind, Names names, List<String> aliases, String country,
            String subdivision, ActorRef parent, Coordinates coordinates, Long population, String website,
            ForeignAffairsOffice foreignAffairsOffice, List<Source> sources) implements ActorCommand {
    }

    /** The corrected details; {@code parent} is the actor's current parent, if it has one, looked up. */
    record CorrectActorDetails(Names names, String country, String subdivision, Coordinates coordinates,
            Long population, String website, ForeignAffairsOffice foreignAffairsOffice, ActorRef parent,
            List<Source> sources) implements ActorCommand {
    }

    record RenameActor(Names names, PartialDate effectiveOn, List<Source> sources) implements ActorCommand {
    }

    record AddAlias(String alias, List<Source> sources) implements ActorCommand {
    }

    record RemoveAlias(String alias, List<Source> sources) implements ActorCommand {
    }

    record ChangeParent(ActorRef parent, PartialDate effectiveOn, List<Source> sources) implements ActorCommand {
    }

    record JoinNetwork(ActorRef network, String role, PartialDate since, List<Source> sources)
            implements ActorCommand {
    }

    record LeaveNetwork(String networkId, PartialDate until, List<Source> sources) implements ActorCommand {
    }

    record RetireActor(RetirementReason reason, ActorRef mergedInto, PartialDate effectiveOn, List<Source> sources)
            implements ActorCommand {
    }
}
