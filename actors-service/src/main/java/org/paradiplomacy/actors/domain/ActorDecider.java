package org.paradiplomacy.actors.domain;

import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.paradiplomacy.actors.domain.ActorCommand.AddAlias;
import org.paradiplomacy.actors.domain.ActorCommand.ChangeParent;
import org.paradiplomacy.actors.domain.ActorCommand.CorrectActorDetails;
import org.paradiplomacy.actors.domain.ActorCommand.JoinNetwork;
import org.paradiplomacy.actors.domain.ActorCommand.LeaveNetwork;
import org.paradiplomacy.actors.domain.ActorCommand.RegisterActor;
import org.paradiplomacy.actors.domain.ActorCommand.RemoveAlias;
import org.paradiplomacy.actors.domain.ActorCommand.RenameActor;
import org.paradiplomacy.actors.domain.ActorCommand.RetireActor;
import org.paradiplomacy.actors.domain.ActorEvent.ActorAliasAdded;
import org.paradiplomacy.actors.domain.ActorEvent.ActorAliasRemoved;
import org.paradiplomacy.actors.domain.ActorEvent.ActorDetailsCorrected;
import org.paradiplomacy.actors.domain.ActorEvent.ActorParentChanged;
import org.paradiplomacy.actors.domain.ActorEvent.ActorRegistered;
import org.paradiplomacy.actors.domain.ActorEvent.ActorRenamed;
import org.paradiplomacy.actors.domain.ActorEvent.ActorRetired;
import org.paradiplomacy.actors.domain.ActorEvent.NetworkMembershipEnded;
import org.paradiplomacy.actors.domain.ActorEvent.NetworkMembershipStarted;
import org.paradiplomacy.eventsourcing.domain.Decider;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.Rules;
import org.paradiplomacy.eventsourcing.domain.StateConflict;

/**
 * The rules of an actor's life: registered once, placed by valid codes, within a parent of its own country,
 * member only of networks, and frozen once retired. The state of an unregistered actor is {@code null}.
 */
public final class ActorDecider implements Decider<ActorCommand, ActorEvent, Actor> {

    private final Gazetteer gazetteer;
    private final Clock clock;

    public ActorDecider(Gazetteer gazetteer, Clock clock) {
        this.gazetteer = gazetteer;
        this.clock = clock;
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
        Rules rules = new Rules();
        rules.require(command.kind() != null, "kind", "is required; one of " + ActorKind.codes());
        checkNames(rules, command.names());
        checkAliases(rules, command.aliases());
        checkPlace(rules, command.kind(), command.country(), command.subdivision());
        if (command.parent() != null) {
            checkParent(rules, "parentId", command.actorId(), command.kind(), command.country(), command.parent());
        }
        checkDetails(rules, command.coordinates(), command.population(), command.website(),
                command.foreignAffairsOffice());
        rules.check();
        return List.of(new ActorRegistered(command.actorId(), command.kind(), trim(command.names()),
                distinctAliases(command.aliases()), placeOf(command.country(), command.subdivision()),
                command.parent() == null ? null : command.parent().id(), command.coordinates(), command.population(),
                blankToNull(command.website()), command.foreignAffairsOffice()));
    }

    private List<ActorEvent> correct(CorrectActorDetails command, Actor actor) {
        Rules rules = new Rules();
        checkNames(rules, command.names());
        checkPlace(rules, actor.kind(), command.country(), command.subdivision());
        checkDetails(rules, command.coordinates(), command.population(), command.website(),
                command.foreignAffairsOffice());
        ActorRef parent = command.parent();
        if (parent != null && parent.country() != null && command.country() != null
                && !parent.country().equals(command.country())) {
            rules.add("country", "the actor's parent " + parent.id() + " is in " + parent.country()
                    + "; change the parent first");
        }
        rules.check();
        ActorDetailsCorrected corrected = new ActorDetailsCorrected(actor.id(), trim(command.names()),
                placeOf(command.country(), command.subdivision()), command.coordinates(), command.population(),
                blankToNull(command.website()), command.foreignAffairsOffice());
        boolean unchanged = corrected.names().equals(actor.names()) && corrected.place().equals(actor.place())
                && Objects.equals(corrected.coordinates(), actor.coordinates())
                && Objects.equals(corrected.population(), actor.population())
                && Objects.equals(corrected.website(), actor.website())
                && Objects.equals(corrected.foreignAffairsOffice(), actor.foreignAffairsOffice());
        return unchanged ? List.of() : List.of(corrected);
    }

    private List<ActorEvent> rename(RenameActor command, Actor actor) {
        Rules rules = new Rules();
        checkNames(rules, command.names());
        checkPastDate(rules, "effectiveOn", command.effectiveOn());
        rules.check();
        Names names = trim(command.names());
        if (names.equals(actor.names())) {
            return List.of();
        }
        return List.of(new ActorRenamed(actor.id(), names, actor.names(), command.effectiveOn()));
    }

    private List<ActorEvent> addAlias(AddAlias command, Actor actor) {
        Rules rules = new Rules();
        rules.require(command.alias() != null && !command.alias().isBlank(), "alias", "must not be blank");
        checkLength(rules, "alias", command.alias(), ActorLimits.NAME);
        rules.check();
        String alias = command.alias().strip();
        boolean known = actor.aliases().stream().anyMatch(a -> fold(a).equals(fold(alias)));
        if (known) {
            return List.of();
        }
        rules.require(actor.aliases().size() < ActorLimits.ALIASES, "alias", "the actor already has "
                + actor.aliases().size() + " aliases, the most it can have (" + ActorLimits.ALIASES
                + "); remove one first");
        rules.check();
        return List.of(new ActorAliasAdded(actor.id(), alias));
    }

    private List<ActorEvent> removeAlias(RemoveAlias command, Actor actor) {
        String alias = actor.aliases().stream().filter(a -> a.equals(command.alias())).findFirst()
                .orElseThrow(() -> new NotFound(
                        "Actor " + actor.id() + " has no alias '" + command.alias() + "'"));
        return List.of(new ActorAliasRemoved(actor.id(), alias));
    }

    private List<ActorEvent> changeParent(ChangeParent command, Actor actor) {
        Rules rules = new Rules();
        rules.require(command.parent() != null, "parentId", "is required");
        checkPastDate(rules, "effectiveOn", command.effectiveOn());
        if (command.parent() != null) {
            checkParent(rules, "parentId", actor.id(), actor.kind(), actor.place().country(), command.parent());
        }
        rules.check();
        if (command.parent().id().equals(actor.parentId())) {
            return List.of();
        }
        return List.of(new ActorParentChanged(actor.id(), command.parent().id(), actor.parentId(),
                command.effectiveOn()));
    }

    private List<ActorEvent> join(JoinNetwork command, Actor actor) {
        Rules rules = new Rules();
        ActorRef network = command.network();
        rules.require(network != null, "networkId", "is required");
        if (network != null && checkId(rules, "networkId", network)) {
            if (!network.exists()) {
                rules.add("networkId", "no actor " + network.id() + " is registered");
            } else if (!network.kind().isNetwork()) {
                rules.add("networkId", "actor " + network.id() + " is a " + network.kind()
                        + ", not a network or forum");
            } else if (network.retired()) {
                rules.add("networkId", "network " + network.id() + " is retired");
            }
            rules.require(!network.id().equals(actor.id()), "networkId", "an actor cannot join itself");
        }
        checkPastDate(rules, "since", command.since());
        checkLength(rules, "role", command.role(), ActorLimits.NAME);
        rules.check();
        boolean member = actor.memberships().stream()
                .anyMatch(m -> m.networkId().equals(network.id()) && m.open());
        if (member) {
            throw new StateConflict("Actor " + actor.id() + " is already a member of " + network.id());
        }
        boolean overlaps = actor.memberships().stream()
                .anyMatch(m -> m.networkId().equals(network.id()) && m.until().isAfter(command.since()));
        if (overlaps) {
            new Rules().add("since", "overlaps an earlier membership of the same network").check();
        }
        return List.of(new NetworkMembershipStarted(actor.id(), network.id(), blankToNull(command.role()),
                command.since()));
    }

    private List<ActorEvent> leave(LeaveNetwork command, Actor actor) {
        Membership membership = actor.memberships().stream()
                .filter(m -> m.networkId().equals(command.networkId()) && m.open())
                .findFirst()
                .orElseThrow(() -> new StateConflict("Actor " + actor.id() + " is not a member of " + command.networkId()));
        Rules rules = new Rules();
        checkPastDate(rules, "until", command.until());
        rules.require(command.until() == null || !command.until().isBefore(membership.since()), "until",
                "must not be before the membership began (" + membership.since() + ")");
        rules.check();
        return List.of(new NetworkMembershipEnded(actor.id(), command.networkId(), command.until()));
    }

    private List<ActorEvent> retire(RetireActor command, Actor actor) {
        Rules rules = new Rules();
        rules.require(command.reason() != null, "reason", "is required; one of merged, dissolved");
        checkPastDate(rules, "effectiveOn", command.effectiveOn());
        if (command.reason() == RetirementReason.MERGED) {
            ActorRef target = command.mergedInto();
            if (target == null) {
                rules.add("mergedInto", "is required when the actor was merged");
            } else if (!checkId(rules, "mergedInto", target)) {
                // Too long to be an id: said once, not looked up.
            } else if (!target.exists()) {
                rules.add("mergedInto", "no actor " + target.id() + " is registered");
            } else if (target.retired()) {
                rules.add("mergedInto", "actor " + target.id() + " is retired");
            } else if (target.id().equals(actor.id())) {
                rules.add("mergedInto", "an actor cannot be merged into itself");
            }
        } else if (command.mergedInto() != null && checkId(rules, "mergedInto", command.mergedInto())) {
            rules.add("mergedInto", "only a merged actor names the actor it was merged into");
        }
        rules.check();
        return List.of(new ActorRetired(actor.id(), command.reason(),
                command.mergedInto() == null ? null : command.mergedInto().id(), command.effectiveOn()));
    }

    @Override
    public Actor evolve(Actor actor, ActorEvent event) {
        return switch (event) {
            case ActorRegistered e -> new Actor(e.actorId(), e.kind(), e.names(), List.copyOf(orEmpty(e.aliases())),
                    e.place(), e.parentId(), e.coordinates(), e.population(), e.website(), e.foreignAffairsOffice(),
                    List.of(), null);
            case ActorDetailsCorrected e -> actor.withDetails(e.names(), e.place(), e.coordinates(), e.population(),
                    e.website(), e.foreignAffairsOffice());
            case ActorRenamed e -> actor.withNames(e.names());
            case ActorAliasAdded e -> actor.withAliases(append(actor.aliases(), e.alias()));
            case ActorAliasRemoved e -> actor.withAliases(
                    actor.aliases().stream().filter(a -> !a.equals(e.alias())).toList());
            case ActorParentChanged e -> actor.withParent(e.parentId());
            case NetworkMembershipStarted e -> actor.withMemberships(
                    append(actor.memberships(), new Membership(e.networkId(), e.role(), e.since(), null)));
            case NetworkMembershipEnded e -> actor.withMemberships(actor.memberships().stream()
                    .map(m -> m.networkId().equals(e.networkId()) && m.open()
                            ? new Membership(m.networkId(), m.role(), m.since(), e.until()) : m)
                    .toList());
            case ActorRetired e -> actor.withRetirement(new Retirement(e.reason(), e.mergedInto(), e.effectiveOn()));
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

    private void checkNames(Rules rules, Names names) {
        if (names == null || names.en() == null || names.en().isBlank()) {
            rules.add("names.en", "is required");
        }
        if (names != null) {
            checkLength(rules, "names.en", names.en(), ActorLimits.NAME);
            checkLength(rules, "names.es", names.es(), ActorLimits.NAME);
            checkLength(rules, "names.pt", names.pt(), ActorLimits.NAME);
            checkLength(rules, "names.zh", names.zh(), ActorLimits.NAME);
        }
    }

    /** A text, if given, is at most {@code max} characters without the spaces around it (which are dropped). */
    private static boolean checkLength(Rules rules, String field, String value, int max) {
        return checkLengthAsGiven(rules, field, value == null ? null : value.strip(), max);
    }

    /** A text kept as it was given (the Foreign Affairs Office's details) is at most {@code max} characters. */
    private static boolean checkLengthAsGiven(Rules rules, String field, String value, int max) {
        boolean within = value == null || value.length() <= max;
        rules.require(within, field, "must be at most " + max + " characters");
        return within;
    }

    /** The id of another actor a command names is no longer than an id can be; if it is, it is not looked at. */
    private static boolean checkId(Rules rules, String field, ActorRef ref) {
        boolean within = ref.id() == null || ref.id().length() <= ActorLimits.ID;
        rules.require(within, field, "must be an actor id (at most " + ActorLimits.ID + " characters)");
        return within;
    }

    /** At most {@link ActorLimits#ALIASES}; a longer list is refused as a whole, without an error per alias. */
    private static void checkAliases(Rules rules, List<String> aliases) {
        List<String> list = orEmpty(aliases);
        if (list.size() > ActorLimits.ALIASES) {
            rules.add("aliases", "must have at most " + ActorLimits.ALIASES + " aliases, not " + list.size());
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String alias = list.get(i);
            rules.require(alias != null && !alias.isBlank(), "aliases[" + i + "]", "must not be blank");
            checkLength(rules, "aliases[" + i + "]", alias, ActorLimits.NAME);
        }
    }

    private void checkPlace(Rules rules, ActorKind kind, String country, String subdivision) {
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
            rules.add("subdivision", "is required for a province, state or region (its ISO 3166-2 code)");
        }
    }

    private void checkParent(Rules rules, String field, String actorId, ActorKind kind, String country, ActorRef parent) {
        if (!checkId(rules, field, parent)) {
            return;
        }
        if (!parent.exists()) {
            rules.add(field, "no actor " + parent.id() + " is registered");
            return;
        }
        if (parent.id().equals(actorId)) {
            rules.add(field, "an actor cannot be its own parent");
        }
        if (parent.retired()) {
            rules.add(field, "actor " + parent.id() + " is retired");
        }
        if (parent.kind().isNetwork() || (kind != null && kind.isNetwork())) {
            rules.add(field, "networks and forums have members, not parents");
        }
        if (parent.country() != null && country != null && !parent.country().equals(country)) {
            rules.add(field, "actor " + parent.id() + " is in " + parent.country() + ", not in " + country);
        }
    }

    private void checkDetails(Rules rules, Coordinates coordinates, Long population, String website,
            ForeignAffairsOffice office) {
        if (coordinates != null) {
            rules.require(Math.abs(coordinates.latitude()) <= 90, "coordinates.latitude", "must be within ±90");
            rules.require(Math.abs(coordinates.longitude()) <= 180, "coordinates.longitude", "must be within ±180");
        }
        rules.require(population == null || population >= 0, "population", "must not be negative");
        checkUrl(rules, "website", website);
        if (office != null) {
            checkLengthAsGiven(rules, "foreignAffairsOffice.name", office.name(), ActorLimits.OFFICE_NAME);
            if (checkLengthAsGiven(rules, "foreignAffairsOffice.website", office.website(), ActorLimits.URL)) {
                checkUrl(rules, "foreignAffairsOffice.website", office.website());
            }
            if (checkLengthAsGiven(rules, "foreignAffairsOffice.email", office.email(), ActorLimits.EMAIL)) {
                rules.require(office.email() == null || office.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                        "foreignAffairsOffice.email", "is not an e-mail address");
            }
        }
    }

    private static void checkUrl(Rules rules, String field, String url) {
        if (url == null || url.isBlank() || !checkLength(rules, field, url, ActorLimits.URL)) {
            return;
        }
        try {
            URI uri = URI.create(url.strip());
            rules.require(("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null,
                    field, "must be an http or https address");
        } catch (IllegalArgumentException e) {
            rules.add(field, "must be an http or https address");
        }
    }

    private void checkPastDate(Rules rules, String field, LocalDate date) {
        if (date == null) {
            rules.add(field, "is required");
        } else {
            rules.require(!date.isAfter(LocalDate.now(clock)), field, "must not be in the future");
            rules.requirePlausible(field, date);
        }
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
