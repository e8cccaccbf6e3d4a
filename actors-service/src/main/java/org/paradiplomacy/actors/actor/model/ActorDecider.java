package org.paradiplomacy.actors.actor.model;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.paradiplomacy.actors.actor.model.ActorCommand.AddAlias;
import org.paradiplomacy.actors.actor.model.ActorCommand.ChangeParent;
import org.paradiplomacy.actors.actor.model.ActorCommand.CorrectActorDetails;
import org.paradiplomacy.actors.actor.model.ActorCommand.JoinNetwork;
import org.paradiplomacy.actors.actor.model.ActorCommand.LeaveNetwork;
import org.paradiplomacy.actors.actor.model.ActorCommand.RegisterActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.RemoveAlias;
import org.paradiplomacy.actors.actor.model.ActorCommand.RenameActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.RetireActor;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorAliasAdded;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorAliasRemoved;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorDetailsCorrected;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorParentChanged;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRegistered;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRenamed;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRetired;
import org.paradiplomacy.actors.actor.model.ActorEvent.NetworkMembershipEnded;
import org.paradiplomacy.actors.actor.model.ActorEvent.NetworkMembershipStarted;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.DateChecks;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Sources;

/**
 * The rules of an actor's life: registered once, member only of networks it has not already joined, and frozen
 * once retired. What a command must give (valid codes, a parent of the actor's own country, dates, bounds) is
 * checked first, by {@link ActorChecks}; the decider then decides from the state. The state of an unregistered
 * actor is {@code null}.
 */
public final class ActorDecider implements Decider<ActorCommand, ActorEvent, Actor> {

    private final Gazetteer gazetteer;
    private final ActorChecks checks;

    public ActorDecider(Gazetteer gazetteer, Clock clock) {
        this.gazetteer = gazetteer;
        this.checks = new ActorChecks(gazetteer, clock);
    }

    @Override
    public Actor initialState() {
        return null;
    }

    @Override
    public List<ActorEvent> decide(ActorCommand command, Actor actor) {
        if (command instanceof RegisterActor register) {
            return register(register, actor);
        }
        if (actor == null) {
            throw new NotFound("No such actor is registered");
        }
        if (actor.retired()) {
            throw new StateConflict("Actor " + actor.id() + " was retired (" + actor.retirement().reason()
                    + ") and can no longer change");
        }
        return switch (command) {
            case RegisterActor register -> throw new IllegalStateException("handled above");
            case CorrectActorDetails correct -> correct(correct, actor);
            case RenameActor rename -> rename(rename, actor);
            case AddAlias add -> addAlias(add, actor);
            case RemoveAlias remove -> removeAlias(remove, actor);
            case ChangeParent change -> changeParent(change, actor);
            case JoinNetwork join -> join(join, actor);
            case LeaveNetwork leave -> leave(leave, actor);
            case RetireActor retire -> retire(retire, actor);
        };
    }

    private List<ActorEvent> register(RegisterActor command, Actor existing) {
        if (existing != null) {
            throw new StateConflict("Actor " + existing.id() + " is already registered");
        }
        checks.registration(command);
        return List.of(new ActorRegistered(command.actorId(), command.kind(), trim(command.names()),
                distinctAliases(command.aliases()), placeOf(command.country(), command.subdivision()),
                command.parent() == null ? null : command.parent().id(), command.coordinates(), command.population(),
                blankToNull(command.website()), command.foreignAffairsOffice(),
                Sources.ofEvent(command.sources())));
    }

    private List<ActorEvent> correct(CorrectActorDetails command, Actor actor) {
        checks.correction(command, actor);
        ActorDetailsCorrected corrected = new ActorDetailsCorrected(actor.id(), trim(command.names()),
                placeOf(command.country(), command.subdivision()), command.coordinates(), command.population(),
                blankToNull(command.website()), command.foreignAffairsOffice(),
                Sources.ofEvent(command.sources()));
        // A correction that changes nothing is still recorded when it brings a source the actor lacks.
        boolean unchanged = corrected.names().equals(actor.names()) && corrected.place().equals(actor.place())
                && Objects.equals(corrected.coordinates(), actor.coordinates())
                && Objects.equals(corrected.population(), actor.population())
                && Objects.equals(corrected.website(), actor.website())
                && Objects.equals(corrected.foreignAffairsOffice(), actor.foreignAffairsOffice())
                && !Sources.addsTo(actor.sources(), command.sources());
        return unchanged ? List.of() : List.of(corrected);
    }

    private List<ActorEvent> rename(RenameActor command, Actor actor) {
        checks.renaming(command);
        Names names = trim(command.names());
        if (names.equals(actor.names())) {
            return List.of();
        }
        return List.of(new ActorRenamed(actor.id(), names, actor.names(), command.effectiveOn(),
                Sources.ofEvent(command.sources())));
    }

    private List<ActorEvent> addAlias(AddAlias command, Actor actor) {
        checks.alias(command);
        String alias = command.alias().strip();
        boolean known = actor.aliases().stream().anyMatch(a -> fold(a).equals(fold(alias)));
        if (known) {
            return List.of();
        }
        checks.roomForAlias(actor);
        return List.of(new ActorAliasAdded(actor.id(), alias, Sources.ofEvent(command.sources())));
    }

    private List<ActorEvent> removeAlias(RemoveAlias command, Actor actor) {
        checks.aliasRemoval(command);
        String alias = actor.aliases().stream().filter(a -> a.equals(command.alias())).findFirst()
                .orElseThrow(() -> new NotFound(
                        "Actor " + actor.id() + " has no alias '" + command.alias() + "'"));
        return List.of(new ActorAliasRemoved(actor.id(), alias, Sources.ofEvent(command.sources())));
    }

    private List<ActorEvent> changeParent(ChangeParent command, Actor actor) {
        checks.parentChange(command, actor);
        if (command.parent().id().equals(actor.parentId())) {
            return List.of();
        }
        return List.of(new ActorParentChanged(actor.id(), command.parent().id(), actor.parentId(),
                command.effectiveOn(), Sources.ofEvent(command.sources())));
    }

    private List<ActorEvent> join(JoinNetwork command, Actor actor) {
        checks.joining(command, actor);
        ActorRef network = command.network();
        boolean member = actor.memberships().stream()
                .anyMatch(m -> m.networkId().equals(network.id()) && m.open());
        if (member) {
            throw new StateConflict("Actor " + actor.id() + " is already a member of " + network.id());
        }
        Rules rules = new Rules();
        actor.memberships().stream().filter(m -> m.networkId().equals(network.id())).map(Membership::until)
                .max(PartialDate::compareTo)
                .ifPresent(end -> DateChecks.notBefore(rules, "since", command.since(), end,
                        "the end of an earlier membership of the same network"));
        rules.check();
        return List.of(new NetworkMembershipStarted(actor.id(), network.id(), blankToNull(command.role()),
                command.since(), Sources.ofEvent(command.sources())));
    }

    private List<ActorEvent> leave(LeaveNetwork command, Actor actor) {
        Membership membership = actor.memberships().stream()
                .filter(m -> m.networkId().equals(command.networkId()) && m.open())
                .findFirst()
                .orElseThrow(() -> new StateConflict("Actor " + actor.id() + " is not a member of " + command.networkId()));
        checks.leaving(command, membership);
        return List.of(new NetworkMembershipEnded(actor.id(), command.networkId(), command.until(),
                Sources.ofEvent(command.sources())));
    }

    private List<ActorEvent> retire(RetireActor command, Actor actor) {
        checks.retirement(command, actor);
        return List.of(new ActorRetired(actor.id(), command.reason(),
                command.mergedInto() == null ? null : command.mergedInto().id(), command.effectiveOn(),
                Sources.ofEvent(command.sources())));
    }

    @Override
    public Actor evolve(Actor actor, ActorEvent event) {
        Actor evolved = evolveDetails(actor, event);
        return evolved.withSources(event.sources());
    }

    private static Actor evolveDetails(Actor actor, ActorEvent event) {
        return switch (event) {
            case ActorRegistered e -> new Actor(e.actorId(), e.kind(), e.names(), List.copyOf(orEmpty(e.aliases())),
                    e.place(), e.parentId(), e.coordinates(), e.population(), e.website(), e.foreignAffairsOffice(),
                    List.of(), null, List.of());
            case ActorDetailsCorrected e -> actor.withDetails(e.names(), e.place(), e.coordinates(), e.population(),
                    e.website(), e.foreignAffairsOffice());
            case ActorRenamed e -> actor.withNames(e.names());
            case ActorAliasAdded e -> actor.withAliases(append(actor.aliases(), e.alias()));
            case ActorAliasRemoved e -> actor.withAliases(
                    actor.aliases().stream().filter(a -> !a.equals(e.alias())).toList());
            case ActorParentChanged e -> actor.withParent(e.parentId());
            case NetworkMembershipStarted e -> actor.withMemberships(
                    append(actor.memberships(), new Membership(e.networkId(), e.role(), e.since(), null, e.sources())));
            case NetworkMembershipEnded e -> actor.withMemberships(actor.memberships().stream()
                    .map(m -> m.networkId().equals(e.networkId()) && m.open() ? m.ended(e.until(), e.sources()) : m)
                    .toList());
            case ActorRetired e -> actor.withRetirement(new Retirement(e.reason(), e.mergedInto(), e.effectiveOn(),
                    e.sources()));
        };
    }

    /** Case, accents and punctuation do not make two names different: "Xi'an", "XIAN" and "Xián" are one. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019`\u00B4]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private Place placeOf(String country, String subdivision) {
        return country == null || country.isBlank() ? Place.NOWHERE
                : gazetteer.place(country, subdivision == null || subdivision.isBlank() ? null : subdivision);
    }

    private static Names trim(Names names) {
        return new Names(names.en().strip(), blankToNull(names.es()), blankToNull(names.pt()), blankToNull(names.zh()));
    }

    private static List<String> distinctAliases(List<String> aliases) {
        Set<String> seen = new HashSet<>();
        List<String> result = new ArrayList<>();
        for (String alias : orEmpty(aliases)) {
            if (seen.add(fold(alias))) {
                result.add(alias.strip());
            }
        }
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> result = new ArrayList<>(list);
        result.add(item);
        return List.copyOf(result);
    }
}
