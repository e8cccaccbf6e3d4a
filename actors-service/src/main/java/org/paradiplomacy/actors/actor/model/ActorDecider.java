package org.paradiplomacy.actors.actor.model;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paradiplomacy.actors.actor.model.ActorCommand.AddAlias;
import org.paradiplomacy.actors.actor.model.ActorCommand.ChangeParent;
import org.paradiplomacy.actors.actor.model.ActorCommand.CorrectActorDetails;
import org.paradiplomacy.actors.actor.model.ActorCommand.JoinNetwork;
import org.paradiplomacy.actors.actor.model.ActorCommand.LeaveNetwork;
import org.paradiplomacy.actors.actor.model.ActorCommand.MergeActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.PlaceActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.WithdrawActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.WithdrawMembership;
import org.paradiplomacy.actors.actor.model.ActorCommand.RegisterActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.RemoveAlias;
import org.paradiplomacy.actors.actor.model.ActorCommand.RenameActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.RetireActor;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorAliasAdded;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorAliasRemoved;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorDetailsCorrected;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorMerged;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorWithdrawn;
import org.paradiplomacy.actors.actor.model.ActorEvent.NetworkMembershipWithdrawn;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorParentChanged;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRegistered;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRenamed;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRetired;
import org.paradiplomacy.actors.actor.model.ActorEvent.NetworkMembershipEnded;
import org.paradiplomacy.actors.actor.model.ActorEvent.NetworkMembershipStarted;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.FieldError;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.provenance.DateChecks;
import org.paradiplomacy.provenance.PartialDate;
import org.paradiplomacy.provenance.Sources;

/**
 * The rules of an actor's life: registered once, member only of networks it has not already joined, and frozen
 * once retired, merged or withdrawn (a retired actor may still be merged or withdrawn: both correct the record).
 * A registration whose name matches a live actor of the same kind and place is refused unless it says it is
 * distinct from it ({@link LikelyDuplicate}); one with coordinates and no subdivision is placed by them
 * ({@link Placement}). What a command must give (valid codes, a parent of the actor's own country, dates, bounds) is
 * checked first, by {@link ActorChecks}; the decider then decides from the state. The state of an unregistered
 * actor is {@code null}.
 */
public final class ActorDecider implements Decider<ActorCommand, ActorEvent, Actor> {

    private final Gazetteer gazetteer;
    private final RegionLocator regions;
    private final ActorChecks checks;

    public ActorDecider(Gazetteer gazetteer, Clock clock) {
        this(gazetteer, RegionLocator.NONE, clock);
    }

    public ActorDecider(Gazetteer gazetteer, RegionLocator regions, Clock clock) {
        this.gazetteer = gazetteer;
        this.regions = regions;
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
        if (actor.merged()) {
            throw new StateConflict("Actor " + actor.id() + " was merged into " + actor.survivorId()
                    + ", which stands for it: send this to " + actor.survivorId());
        }
        if (actor.withdrawn()) {
            throw new StateConflict("Actor " + actor.id() + " was withdrawn (recorded in error) and takes no"
                    + " further command");
        }
        switch (command) {
            case MergeActor merge -> {
                return merge(merge, actor);
            }
            case WithdrawActor withdraw -> {
                return withdraw(withdraw, actor);
            }
            case WithdrawMembership withdraw -> {
                return withdrawMembership(withdraw, actor);
            }
            default -> {
            }
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
            case PlaceActor place -> place(actor);
            case MergeActor merge -> throw new IllegalStateException("handled above");
            case WithdrawActor withdraw -> throw new IllegalStateException("handled above");
            case WithdrawMembership withdraw -> throw new IllegalStateException("handled above");
        };
    }

    private List<ActorEvent> register(RegisterActor command, Actor existing) {
        if (existing != null) {
            throw new StateConflict("Actor " + existing.id() + " is already registered");
        }
        Placement placement = Placement.derive(command.kind(), command.country(), command.subdivision(),
                command.coordinates(), regions, gazetteer);
        checks.registration(command, placement);
        refuseLikelyDuplicates(command);
        return List.of(new ActorRegistered(command.actorId(), command.kind(), trim(command.names()),
                distinctAliases(command.aliases()), placeOf(command.country(), command.subdivision(), placement),
                command.parent() == null ? null : command.parent().id(), command.coordinates(), command.population(),
                blankToNull(command.website()), command.foreignAffairsOffice(),
                Sources.ofEvent(command.sources())));
    }

    private List<ActorEvent> correct(CorrectActorDetails command, Actor actor) {
        Placement placement = Placement.derive(actor.kind(), command.country(), command.subdivision(),
                command.coordinates(), regions, gazetteer);
        checks.correction(command, actor, placement);
        ActorDetailsCorrected corrected = new ActorDetailsCorrected(actor.id(), trim(command.names()),
                placeOf(command.country(), command.subdivision(), placement), command.coordinates(),
                command.population(),
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

    /**
     * The candidates the service found (live actors of the same kind and country, and subdivision when both have
     * one, with a name or alias equal to one of the request's once normalised: {@link #key}) refuse the
     * registration, unless each is among the ids the request says it is distinct from.
     */
    private static void refuseLikelyDuplicates(RegisterActor command) {
        List<DuplicateCandidate> remaining = command.candidates().stream()
                .filter(c -> !command.distinctFrom().contains(c.actorId())).toList();
        if (remaining.isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        requestNames(command).forEach((field, name) -> remaining.stream()
                .filter(c -> key(c.matched()).equals(key(name))).findFirst()
                .ifPresent(c -> errors.add(new FieldError(field, "matches " + c.matched() + " (" + c.actorId()
                        + "), an actor of this kind in " + where(c)))));
        String message;
        if (remaining.size() == 1) {
            DuplicateCandidate c = remaining.getFirst();
            message = "An actor of this kind in " + where(c) + " is already named " + c.matched() + " ("
                    + c.actorId() + "): give its id in distinctFrom if this is another one, or use it";
        } else {
            message = remaining.size() + " actors of this kind are already named so: " + remaining.stream()
                    .map(c -> c.matched() + " in " + where(c) + " (" + c.actorId() + ")")
                    .collect(Collectors.joining(", "))
                    + ": give their ids in distinctFrom if this is another one, or use one of them";
        }
        throw new LikelyDuplicate(message, remaining, errors);
    }

    private static String where(DuplicateCandidate candidate) {
        return candidate.subdivision() != null ? candidate.subdivision() : candidate.country();
    }

    /** The request's names by the field that holds them, in the order of the request. */
    private static Map<String, String> requestNames(RegisterActor command) {
        Map<String, String> names = new LinkedHashMap<>();
        Names given = command.names();
        if (given != null) {
            put(names, "names.en", given.en());
            put(names, "names.es", given.es());
            put(names, "names.pt", given.pt());
            put(names, "names.zh", given.zh());
        }
        List<String> aliases = orEmpty(command.aliases());
        for (int i = 0; i < aliases.size(); i++) {
            put(names, "aliases[" + i + "]", aliases.get(i));
        }
        return names;
    }

    private static void put(Map<String, String> names, String field, String name) {
        if (name != null && !key(name).isEmpty()) {
            names.put(field, name);
        }
    }

    /** Every name and alias a registration gives, normalised ({@link #key}), each once. */
    public static List<String> keys(Names names, List<String> aliases) {
        return Stream.concat(names == null ? Stream.empty() : names.all(),
                        orEmpty(aliases).stream().filter(Objects::nonNull))
                .map(ActorDecider::key).filter(key -> !key.isEmpty()).distinct().toList();
    }

    private List<ActorEvent> merge(MergeActor command, Actor actor) {
        checks.merge(command, actor);
        return List.of(new ActorMerged(actor.id(), command.survivor().id(), blankToNull(command.reason()),
                Sources.ofEvent(command.sources())));
    }

    private List<ActorEvent> withdraw(WithdrawActor command, Actor actor) {
        checks.withdrawal(command);
        return List.of(new ActorWithdrawn(actor.id(), command.reason().strip(), Sources.ofEvent(command.sources())));
    }

    private List<ActorEvent> withdrawMembership(WithdrawMembership command, Actor actor) {
        boolean member = actor.memberships().stream().anyMatch(m -> m.networkId().equals(command.networkId()));
        if (!member) {
            throw new NotFound("Actor " + actor.id() + " has no membership of " + command.networkId()
                    + " to withdraw");
        }
        checks.membershipWithdrawal(command);
        return List.of(new NetworkMembershipWithdrawn(actor.id(), command.networkId(), command.reason().strip(),
                Sources.ofEvent(command.sources())));
    }

    /** Places an actor by its stored coordinates; one that has a subdivision already is left as it is. */
    private List<ActorEvent> place(Actor actor) {
        if (actor.place().subdivision() != null) {
            return List.of();
        }
        Rules rules = new Rules();
        rules.require(Placement.placeable(actor.kind()), "kind", "a " + actor.kind()
                + " is not placed in a subdivision; only cities, districts and provinces are");
        rules.require(actor.coordinates() != null, "coordinates", "the actor has no coordinates to place it by;"
                + " correct its details with them first");
        rules.require(actor.place().country() != null, "country", "the actor has no country to place it in");
        rules.check();
        Placement placement = Placement.derive(actor.kind(), actor.place().country(), null, actor.coordinates(),
                regions, gazetteer);
        if (!placement.placed()) {
            throw new RuleViolation("coordinates", placement.note());
        }
        PlaceActor command = new PlaceActor();
        return List.of(new ActorDetailsCorrected(actor.id(), actor.names(),
                placeOf(actor.place().country(), null, placement), actor.coordinates(), actor.population(),
                actor.website(), actor.foreignAffairsOffice(), Sources.ofEvent(command.sources())));
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
                    List.of(), null, null, null, List.of());
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
            case ActorMerged e -> actor.mergedInto(e.survivorId());
            case ActorWithdrawn e -> actor.withdrawnFor(new Withdrawal(e.reason(), e.sources()));
            case NetworkMembershipWithdrawn e -> actor.withMemberships(withoutLatest(actor.memberships(),
                    e.networkId()));
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

    /**
     * Case, accents, punctuation and spaces do not make two names different: the key the door check compares
     * ("Concepción" and "concepcion", "Wu-han" and "Wuhan" have one key).
     */
    public static String key(String name) {
        return fold(name).replace(" ", "");
    }

    /** A withdrawn membership never happened: the latest of the actor in that network goes. */
    private static List<Membership> withoutLatest(List<Membership> memberships, String networkId) {
        List<Membership> result = new ArrayList<>(memberships);
        for (int i = result.size() - 1; i >= 0; i--) {
            if (result.get(i).networkId().equals(networkId)) {
                result.remove(i);
                break;
            }
        }
        return result;
    }

    private Place placeOf(String country, String subdivision, Placement placement) {
        if (placement.placed()) {
            return gazetteer.place(country, placement.subdivision()).placedBy(PlacedBy.COORDINATES);
        }
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
