package org.paradiplomacy.actors.actor.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.paradiplomacy.actors.actor.model.ActorCommand.AddAlias;
import org.paradiplomacy.actors.actor.model.ActorCommand.ChangeParent;
import org.paradiplomacy.actors.actor.model.ActorCommand.CorrectActorDetails;
import org.paradiplomacy.actors.actor.model.ActorCommand.JoinNetwork;
import org.paradiplomacy.actors.actor.model.ActorCommand.LeaveNetwork;
import org.paradiplomacy.actors.actor.model.ActorCommand.MergeActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.WithdrawActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.WithdrawMembership;
import org.paradiplomacy.actors.actor.model.ActorCommand.RegisterActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.RemoveAlias;
import org.paradiplomacy.actors.actor.model.ActorCommand.RenameActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.RetireActor;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.provenance.DateChecks;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;

/**
 * What an actor command must give, apart from what the actor's state decides: names, codes, places, dates, the
 * other actors it names and every text and list within its bound ({@link ActorLimits}). Each check collects all
 * the fields at fault and refuses the command with one 422 naming them; a list over its bound is one error, not
 * one per item. Dates are at the precision of their source: not wholly in the future, not wholly before the step
 * they follow (docs/decisions/0013); sources follow {@link Sources#check}. {@link ActorDecider} runs the check of
 * a command before it decides.
 */
final class ActorChecks {

    private final Gazetteer gazetteer;
    private final Clock clock;

    ActorChecks(Gazetteer gazetteer, Clock clock) {
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /** {@code placement}: the subdivision the coordinates give, when none is given (a province needs one). */
    void registration(RegisterActor command, Placement placement) {
        Rules rules = new Rules();
        rules.require(command.kind() != null, "kind", "is required; one of " + ActorKind.codes());
        FieldChecks.names(rules, command.names());
        FieldChecks.aliases(rules, command.aliases());
        place(rules, command.kind(), command.country(), subdivision(command.subdivision(), placement), placement);
        distinctFrom(rules, command.distinctFrom());
        if (command.parent() != null) {
            FieldChecks.parent(rules, "parentId", command.actorId(), command.kind(), command.country(),
                    command.parent());
        }
        FieldChecks.details(rules, command.coordinates(), command.population(), command.website(),
                command.foreignAffairsOffice());
        sources(rules, command.sources());
        rules.check();
    }

    void correction(CorrectActorDetails command, Actor actor, Placement placement) {
        Rules rules = new Rules();
        FieldChecks.names(rules, command.names());
        place(rules, actor.kind(), command.country(), subdivision(command.subdivision(), placement), placement);
        FieldChecks.details(rules, command.coordinates(), command.population(), command.website(),
                command.foreignAffairsOffice());
        ActorRef parent = command.parent();
        if (parent != null && parent.country() != null && command.country() != null
                && !parent.country().equals(command.country())) {
            rules.add("country", "the actor's parent " + parent.id() + " is in " + parent.country()
                    + "; change the parent first");
        }
        sources(rules, command.sources());
        rules.check();
    }

    void renaming(RenameActor command) {
        Rules rules = new Rules();
        FieldChecks.names(rules, command.names());
        pastDate(rules, "effectiveOn", command.effectiveOn());
        sources(rules, command.sources());
        rules.check();
    }

    void alias(AddAlias command) {
        Rules rules = new Rules();
        rules.require(command.alias() != null && !command.alias().isBlank(), "alias", "must not be blank");
        FieldChecks.length(rules, "alias", command.alias(), ActorLimits.NAME);
        sources(rules, command.sources());
        rules.check();
    }

    void aliasRemoval(RemoveAlias command) {
        sources(new Rules(), command.sources()).check();
    }

    /** A new alias fits: the actor has fewer than {@link ActorLimits#ALIASES}. */
    void roomForAlias(Actor actor) {
        Rules rules = new Rules();
        rules.require(actor.aliases().size() < ActorLimits.ALIASES, "alias", "the actor already has "
                + actor.aliases().size() + " aliases, the most it can have (" + ActorLimits.ALIASES
                + "); remove one first");
        rules.check();
    }

    void parentChange(ChangeParent command, Actor actor) {
        Rules rules = new Rules();
        rules.require(command.parent() != null, "parentId", "is required");
        pastDate(rules, "effectiveOn", command.effectiveOn());
        if (command.parent() != null) {
            FieldChecks.parent(rules, "parentId", actor.id(), actor.kind(), actor.place().country(), command.parent());
        }
        sources(rules, command.sources());
        rules.check();
    }

    void joining(JoinNetwork command, Actor actor) {
        Rules rules = new Rules();
        ActorRef network = command.network();
        rules.require(network != null, "networkId", "is required");
        if (network != null && FieldChecks.id(rules, "networkId", network)) {
            if (!network.exists()) {
                rules.add("networkId", "no actor " + network.id() + " is registered");
            } else if (!network.kind().isNetwork()) {
                rules.add("networkId", "actor " + network.id() + " is a " + network.kind()
                        + ", not a network or forum");
            } else if (network.retired()) {
                rules.add("networkId", "network " + network.id() + " is retired");
            } else {
                FieldChecks.live(rules, "networkId", network);
            }
            rules.require(!network.id().equals(actor.id()), "networkId", "an actor cannot join itself");
        }
        pastDate(rules, "since", command.since());
        FieldChecks.length(rules, "role", command.role(), ActorLimits.NAME);
        sources(rules, command.sources());
        rules.check();
    }

    void leaving(LeaveNetwork command, Membership membership) {
        Rules rules = new Rules();
        pastDate(rules, "until", command.until());
        DateChecks.notBefore(rules, "until", command.until(), membership.since(), "the start of the membership");
        sources(rules, command.sources());
        rules.check();
    }

    void retirement(RetireActor command, Actor actor) {
        Rules rules = new Rules();
        rules.require(command.reason() != null, "reason", "is required; one of merged, dissolved");
        pastDate(rules, "effectiveOn", command.effectiveOn());
        if (command.reason() == RetirementReason.MERGED) {
            ActorRef target = command.mergedInto();
            if (target == null) {
                rules.add("mergedInto", "is required when the actor was merged");
            } else if (!FieldChecks.id(rules, "mergedInto", target)) {
                // Too long to be an id: said once, not looked up.
            } else if (!target.exists()) {
                rules.add("mergedInto", "no actor " + target.id() + " is registered");
            } else if (target.retired()) {
                rules.add("mergedInto", "actor " + target.id() + " is retired");
            } else if (target.merged() || target.withdrawn()) {
                FieldChecks.live(rules, "mergedInto", target);
            } else if (target.id().equals(actor.id())) {
                rules.add("mergedInto", "an actor cannot be merged into itself");
            }
        } else if (command.mergedInto() != null && FieldChecks.id(rules, "mergedInto", command.mergedInto())) {
            rules.add("mergedInto", "only a merged actor names the actor it was merged into");
        }
        sources(rules, command.sources());
        rules.check();
    }

    /**
     * A merge names its survivor: another actor of the same kind that still stands. A survivor that was itself
     * merged is refused rather than followed, so the client sees where its duplicate ends up.
     */
    void merge(MergeActor command, Actor actor) {
        Rules rules = new Rules();
        ActorRef survivor = command.survivor();
        if (survivor == null) {
            rules.add("survivorId", "is required: the id of the actor that stands for both");
        } else if (FieldChecks.id(rules, "survivorId", survivor)) {
            if (!survivor.exists()) {
                rules.add("survivorId", "no actor " + survivor.id() + " is registered");
            } else if (survivor.id().equals(actor.id())) {
                rules.add("survivorId", "an actor cannot be merged into itself");
            } else if (survivor.kind() != actor.kind()) {
                rules.add("survivorId", "actor " + survivor.id() + " is a " + survivor.kind() + ", not a "
                        + actor.kind() + "; only actors of the same kind are merged");
            } else if (survivor.merged()) {
                rules.add("survivorId", "actor " + survivor.id() + " was itself merged into "
                        + survivor.survivorId() + "; merge into " + survivor.survivorId() + " instead");
            } else if (survivor.withdrawn()) {
                rules.add("survivorId", "actor " + survivor.id() + " was withdrawn (recorded in error)");
            }
        }
        FieldChecks.reason(rules, command.reason(), false);
        sources(rules, command.sources());
        rules.check();
    }

    void withdrawal(WithdrawActor command) {
        Rules rules = new Rules();
        FieldChecks.reason(rules, command.reason(), true);
        sources(rules, command.sources());
        rules.check();
    }

    void membershipWithdrawal(WithdrawMembership command) {
        Rules rules = new Rules();
        FieldChecks.reason(rules, command.reason(), true);
        sources(rules, command.sources());
        rules.check();
    }

    private static void distinctFrom(Rules rules, List<String> ids) {
        if (ids.size() > ActorLimits.DISTINCT_FROM) {
            rules.add("distinctFrom", "must name at most " + ActorLimits.DISTINCT_FROM + " actors");
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank()) {
                rules.add("distinctFrom[" + i + "]", "must be an actor's id");
            } else {
                FieldChecks.lengthAsGiven(rules, "distinctFrom[" + i + "]", id, ActorLimits.ID);
            }
        }
    }

    private static String subdivision(String given, Placement placement) {
        return placement.placed() ? placement.subdivision() : given;
    }

    private void place(Rules rules, ActorKind kind, String country, String subdivision, Placement placement) {
        boolean placeless = kind != null && kind.isNetwork();
        if (country == null || country.isBlank()) {
            rules.require(placeless, "country", "is required (an ISO 3166-1 alpha-2 code such as CN or AR)");
        } else if (country.length() > ActorLimits.COUNTRY) {
            rules.add("country", "must be an ISO 3166-1 alpha-2 code such as CN or AR (" + ActorLimits.COUNTRY
                    + " letters)");
        } else if (!gazetteer.isCountry(country)) {
            rules.add("country", "'" + country + "' is not an ISO 3166-1 alpha-2 country code");
        }
        if (subdivision != null && subdivision.length() > ActorLimits.SUBDIVISION) {
            rules.add("subdivision", "must be an ISO 3166-2 code such as CN-HB or PE-ARE (at most "
                    + ActorLimits.SUBDIVISION + " characters)");
        } else if (subdivision != null && !subdivision.isBlank()) {
            var subdivisionCountry = gazetteer.countryOfSubdivision(subdivision);
            if (subdivisionCountry.isEmpty()) {
                rules.add("subdivision", "'" + subdivision + "' is not a current ISO 3166-2 subdivision code"
                        + (subdivision.matches("[A-Z]{2}-\\d+") ? " (China's numeric codes such as CN-42 were"
                                + " replaced by letters such as CN-HB)" : ""));
            } else if (country != null && !subdivisionCountry.get().equals(country)) {
                rules.add("subdivision", "'" + subdivision + "' is not a subdivision of " + country);
            }
        } else if (kind == ActorKind.PROVINCE) {
            rules.add("subdivision", "is required for a province, state or region (its ISO 3166-2 code)"
                    + (placement.note() == null ? "" : "; " + placement.note()));
        }
    }

    /** Required, within the years records hold, and begun by today: {@code 2026} is accepted during 2026. */
    private void pastDate(Rules rules, String field, PartialDate date) {
        if (date == null) {
            rules.add(field, "is required");
        } else {
            DateChecks.notInFuture(rules, field, date, LocalDate.now(clock));
            DateChecks.plausible(rules, field, date);
        }
    }

    private Rules sources(Rules rules, List<Source> sources) {
        return Sources.check(rules, "sources", sources, LocalDate.now(clock));
    }
}
