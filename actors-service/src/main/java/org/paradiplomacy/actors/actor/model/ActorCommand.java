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

    /**
     * {@code candidates} are the live actors the service found with a likely duplicate name (looked up before
     * deciding); {@code distinctFrom} the ids the client says are other bodies.
     */
    record RegisterActor(String actorId, ActorKind kind, Names names, List<String> aliases, String country,
            String subdivision, ActorRef parent, Coordinates coordinates, Long population, String website,
            ForeignAffairsOffice foreignAffairsOffice, List<Source> sources, List<String> distinctFrom,
            List<DuplicateCandidate> candidates) implements ActorCommand {

        public RegisterActor {
            distinctFrom = distinctFrom == null ? List.of() : distinctFrom;
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }

        /** A registration with no likely duplicate found. */
        public RegisterActor(String actorId, ActorKind kind, Names names, List<String> aliases, String country,
                String subdivision, ActorRef parent, Coordinates coordinates, Long population, String website,
                ForeignAffairsOffice foreignAffairsOffice, List<Source> sources) {
            this(actorId, kind, names, aliases, country, subdivision, parent, coordinates, population, website,
                    foreignAffairsOffice, sources, List.of(), List.of());
        }
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

    /** Merge this actor, a duplicate, into the survivor, which stands for both from the start. */
    record MergeActor(ActorRef survivor, String reason, List<Source> sources) implements ActorCommand {
    }

    /** The actor was recorded in error. */
    record WithdrawActor(String reason, List<Source> sources) implements ActorCommand {
    }

    /** The actor's latest membership of the network was recorded in error. */
    record WithdrawMembership(String networkId, String reason, List<Source> sources) implements ActorCommand {
    }

    /** Derive the subdivision from the actor's stored coordinates, recorded as a correction with a fixed source. */
    record PlaceActor() implements ActorCommand {

        public static final Source SOURCE = new Source(
                "Placed by coordinates in Natural Earth admin-1 states and provinces", null, null, null, null, null,
                null);

        @Override
        public List<Source> sources() {
            return List.of(SOURCE);
        }
    }
}
