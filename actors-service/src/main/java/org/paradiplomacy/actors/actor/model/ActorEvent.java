package org.paradiplomacy.actors.actor.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.eventsourcing.aggregate.SchemaVersion;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;

/**
 * What happens to an actor. Corrections of the record (registration, corrected details, aliases) hold at every
 * date; changes in the world (a renaming, a new parent, memberships, retirement) carry the date they took
 * effect, as precisely as their source gives it, which is what the state "as of" a past date follows
 * ({@link AsOf}). Every event may carry the sources it comes from; absent when none was given.
 */
public sealed interface ActorEvent {

    String SOURCES = "Where this change comes from, as given with the command (at most 5); absent when none was given";

    String actorId();

    /** The sources the change comes from, or null when none was given. */
    List<Source> sources();

    /** The date the change took effect in the world, or null for a correction of the record. */
    default PartialDate effectiveOn() {
        return null;
    }

    record ActorRegistered(String actorId, ActorKind kind, Names names, List<String> aliases, Place place,
            String parentId, Coordinates coordinates, Long population, String website,
            ForeignAffairsOffice foreignAffairsOffice,
            @Schema(description = SOURCES) List<Source> sources) implements ActorEvent {
    }

    record ActorDetailsCorrected(String actorId, Names names, Place place, Coordinates coordinates, Long population,
            String website, ForeignAffairsOffice foreignAffairsOffice,
            @Schema(description = SOURCES) List<Source> sources) implements ActorEvent {
    }

    /** v2: {@code effectiveOn} at the precision of its source (v1 held a day, which v2 still reads). */
    @SchemaVersion(2)
    record ActorRenamed(
            @Schema(description = "The renamed actor's id", format = "uuid", required = true) String actorId,
            @Schema(description = "The names in effect from effectiveOn", required = true) Names names,
            @Schema(description = "The names in effect before", required = true) Names previousNames,
            @Schema(description = "When the new names took effect: YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the"
                    + " source gives it", required = true) PartialDate effectiveOn,
            @Schema(description = SOURCES) List<Source> sources) implements ActorEvent {
    }

    record ActorAliasAdded(String actorId, String alias,
            @Schema(description = SOURCES) List<Source> sources) implements ActorEvent {
    }

    record ActorAliasRemoved(String actorId, String alias,
            @Schema(description = SOURCES) List<Source> sources) implements ActorEvent {
    }

    /** v2: {@code effectiveOn} at the precision of its source (v1 held a day, which v2 still reads). */
    @SchemaVersion(2)
    record ActorParentChanged(
            @Schema(description = "The actor's id", format = "uuid", required = true) String actorId,
            @Schema(description = "The id of its new parent, in the same country", format = "uuid", required = true)
            String parentId,
            @Schema(description = "The id of its parent before; absent when it had none", format = "uuid")
            String previousParentId,
            @Schema(description = "When the change took effect: YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the"
                    + " source gives it", required = true) PartialDate effectiveOn,
            @Schema(description = SOURCES) List<Source> sources) implements ActorEvent {
    }

    /** v2: {@code since} at the precision of its source (v1 held a day, which v2 still reads). */
    @SchemaVersion(2)
    record NetworkMembershipStarted(
            @Schema(description = "The member's id", format = "uuid", required = true) String actorId,
            @Schema(description = "The network's or forum's actor id", format = "uuid", required = true)
            String networkId,
            @Schema(description = "The member's role, if any") String role,
            @Schema(description = "When the membership began: YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the source"
                    + " gives it", required = true) PartialDate since,
            @Schema(description = "Where the membership comes from (at most 5); also the membership's own sources;"
                    + " absent when none was given") List<Source> sources) implements ActorEvent {

        @Override
        public PartialDate effectiveOn() {
            return since;
        }
    }

    /** v2: {@code until} at the precision of its source (v1 held a day, which v2 still reads). */
    @SchemaVersion(2)
    record NetworkMembershipEnded(
            @Schema(description = "The member's id", format = "uuid", required = true) String actorId,
            @Schema(description = "The network's or forum's actor id", format = "uuid", required = true)
            String networkId,
            @Schema(description = "When the membership ended: YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the source"
                    + " gives it; not wholly before it began", required = true) PartialDate until,
            @Schema(description = "Where the end of the membership comes from (at most 5); absent when none was"
                    + " given") List<Source> sources) implements ActorEvent {

        @Override
        public PartialDate effectiveOn() {
            return until;
        }
    }

    /** v2: {@code effectiveOn} at the precision of its source (v1 held a day, which v2 still reads). */
    @SchemaVersion(2)
    record ActorRetired(
            @Schema(description = "The retired actor's id", format = "uuid", required = true) String actorId,
            @Schema(description = "merged or dissolved", required = true) RetirementReason reason,
            @Schema(description = "The actor it was merged into; only when merged", format = "uuid") String mergedInto,
            @Schema(description = "When it took effect: YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the source"
                    + " gives it", required = true) PartialDate effectiveOn,
            @Schema(description = SOURCES) List<Source> sources) implements ActorEvent {
    }

    /**
     * The same body was recorded twice: this actor is a duplicate of the survivor, which stands for both from the
     * start. Consumers re-point everything that names this actor to the survivor, and follow the survivor's own
     * merge if it has one (transitively). A merged actor takes no further command.
     */
    record ActorMerged(
            @Schema(description = "The duplicate's id: this stream", format = "uuid", required = true) String actorId,
            @Schema(description = "The actor that stands for both from the start (of the same kind, neither merged"
                    + " nor withdrawn when the merge was recorded): re-point every record that names actorId to it, at"
                    + " every date, and follow its own merge if it has one", format = "uuid", required = true)
            String survivorId,
            @Schema(description = "Why, if said: at most 1000 characters", examples = "recorded twice") String reason,
            @Schema(description = SOURCES) List<Source> sources) implements ActorEvent {
    }

    /**
     * The actor was recorded in error: it leaves every figure at every date (it never happened) and takes no
     * further command, but stays readable with its history.
     */
    record ActorWithdrawn(
            @Schema(description = "The withdrawn actor's id", format = "uuid", required = true) String actorId,
            @Schema(description = "Why it was recorded in error: 1 to 1000 characters", required = true,
                    examples = "not a subnational government") String reason,
            @Schema(description = SOURCES) List<Source> sources) implements ActorEvent {
    }

    /**
     * A membership recorded in error (the latest of the actor in the network): it leaves every membership figure
     * at every date; the actor stays.
     */
    record NetworkMembershipWithdrawn(
            @Schema(description = "The member's id", format = "uuid", required = true) String actorId,
            @Schema(description = "The network's or forum's actor id", format = "uuid", required = true)
            String networkId,
            @Schema(description = "Why it was recorded in error: 1 to 1000 characters", required = true,
                    examples = "the city never joined; the list named its province") String reason,
            @Schema(description = SOURCES) List<Source> sources) implements ActorEvent {
    }
}
