package org.paradiplomacy.analytics.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.paradiplomacy.analytics.statistics.History.Actor;
import org.paradiplomacy.analytics.statistics.History.Engagement;
import org.paradiplomacy.analytics.statistics.History.Step;

/**
 * The statistics recounted plainly, in memory, from histories: what the projection's queries must equal. A step
 * counts from the day ADR 0013 gives it and in the year of its date; with {@code sourced}, only the records that
 * cite a source are counted (an engagement is still placed by all its actors). A merged actor is its survivor's
 * (following chains), withdrawn records are left out (a withdrawn actor takes part in nothing), an actor placed
 * nowhere at a level is in that table's unknown row, and relationships are the distinct pairs of two actors.
 */
final class Recount {

    /** The actors the figures count and place by: neither merged nor withdrawn. */
    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, String> merges = new HashMap<>();
    private final Set<String> withdrawn = new HashSet<>();
    private final List<History.Membership> memberships = new ArrayList<>();
    private final List<Engagement> engagements = new ArrayList<>();

    Recount(List<History> histories) {
        histories.forEach(h -> {
            merges.putAll(h.merges);
            withdrawn.addAll(h.withdrawnActors);
            h.actors.stream().filter(a -> !h.merges.containsKey(a.id()) && !h.withdrawnActors.contains(a.id()))
                    .forEach(a -> actors.put(a.id(), a));
            h.memberships.stream().filter(m -> !m.withdrawn()).forEach(memberships::add);
            h.engagements.stream().filter(e -> !e.withdrawn()).forEach(engagements::add);
        });
    }

    /** The actor that finally stands for an actor: itself, or the end of its chain of merges. */
    String resolve(String actor) {
        String survivor = actor;
        while (merges.containsKey(survivor)) {
            survivor = merges.get(survivor);
        }
        return survivor;
    }

    /** The region of an actor (null if not in the directory) at a level, or unknown. */
    static String region(Actor a, RegionLevel level) {
        String region = a == null ? null : switch (level) {
            case SUBDIVISION -> a.subdivision();
            case COUNTRY -> a.country();
            case M49 -> a.m49Intermediate() != null ? a.m49Intermediate() : a.m49Subregion();
            case M49_SUBREGION -> a.m49Subregion();
        };
        return region == null ? RegionLevel.UNKNOWN : region;
    }

    /** The row of a table an actor counts in: its region, and for an unknown subdivision its country. */
    private static List<String> row(Actor a, RegionLevel level) {
        String region = region(a, level);
        String country = level == RegionLevel.SUBDIVISION && region.equals(RegionLevel.UNKNOWN) && a != null
                ? a.country() : null;
        return java.util.Arrays.asList(region, country);
    }

    private Actor placed(String actor) {
        return actors.get(resolve(actor));
    }

    /** The distinct actors (after merges, none withdrawn) of an engagement with a role, or all of them. */
    private Set<String> resolved(Engagement e, Function<History.Part, Boolean> which) {
        Set<String> ids = new java.util.TreeSet<>();
        e.parts().stream().filter(which::apply).map(p -> resolve(p.actor())).filter(id -> !withdrawn.contains(id))
                .forEach(ids::add);
        return ids;
    }

    /** Its relationships: the unordered pairs of two distinct actors (after merges) among its parties. */
    private Set<List<String>> pairs(Engagement e) {
        List<String> parties = List.copyOf(resolved(e, p -> true));
        Set<List<String>> pairs = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                pairs.add(List.of(parties.get(i), parties.get(j)));
            }
        }
        return pairs;
    }

    /**
     * An agreement's status on a day: its last step (in the order of its life) that counts by then, or null if
     * none does; a proposal without date counts from its signing.
     */
    static String status(Engagement agreement, LocalDate day) {
        String status = null;
        List<Step> steps = agreement.steps();
        for (int i = 0; i < steps.size(); i++) {
            LocalDate on = steps.get(i).counts() != null ? steps.get(i).counts()
                    : i + 1 < steps.size() && steps.get(i + 1).step().equals("signed") ? steps.get(i + 1).counts() : null;
            if (on != null && !on.isAfter(day)) {
                String step = steps.get(i).step();
                status = Set.of("renewed", "reinstated", "attested").contains(step) ? "signed" : step;
            }
        }
        return status;
    }

    private static Step dated(Engagement e, String step, LocalDate day) {
        return e.steps().stream().filter(s -> s.step().equals(step) && s.counts() != null && !s.counts().isAfter(day))
                .findFirst().orElse(null);
    }

    /** Dates shown as given, ordered by the day they count from (then by their text). */
    private static final Comparator<Step> BY_COUNTS = Comparator.comparing(Step::counts)
            .thenComparing(s -> s.on().date().toString());

    private List<Engagement> counted(boolean sourced) {
        return engagements.stream().filter(e -> !sourced || e.sourced()).toList();
    }

    private Set<List<String>> regionsOf(Engagement e, RegionLevel level, Function<History.Part, Boolean> which) {
        Set<List<String>> regions = new HashSet<>();
        resolved(e, which).stream().map(this::placedAsIs).map(a -> row(a, level)).forEach(regions::add);
        return regions;
    }

    private Actor placedAsIs(String survivor) {
        return actors.get(survivor);
    }

    List<RegionStats> regions(RegionLevel level, LocalDate day, boolean sourced) {
        Map<String, Row> rows = new TreeMap<>();
        Function<List<String>, Row> rowOf = key -> rows.computeIfAbsent(RegionStats.key(key.get(0), key.get(1)),
                k -> new Row(key.get(0), key.get(1)));
        actors.values().stream()
                .filter(a -> a.retiredOn() == null || a.retiredOn().isAfter(day))
                .filter(a -> !sourced || a.sourced())
                .forEach(a -> rowOf.apply(row(a, level)).actorsByKind.merge(a.kind(), 1L, Long::sum));
        // After merges a survivor is a member of a network once, however many of its copies were.
        Map<List<String>, Set<List<String>>> members = new HashMap<>();
        memberships.stream().filter(m -> !sourced || m.sourced())
                .filter(m -> !m.since().counts().isAfter(day) && (m.until() == null || m.until().counts().isAfter(day)))
                .filter(m -> placed(m.actor()) != null)
                .forEach(m -> members.computeIfAbsent(row(placed(m.actor()), level), k -> new HashSet<>())
                        .add(List.of(resolve(m.actor()), resolve(m.network()))));
        members.forEach((key, set) -> rowOf.apply(key).memberships = set.size());
        Map<List<String>, Set<List<String>>> relationships = new HashMap<>();
        long agreements = 0;
        for (Engagement e : counted(sourced)) {
            switch (e.type()) {
                case "agreement" -> {
                    String status = status(e, day);
                    if (status != null) {
                        agreements++;
                        for (List<String> r : regionsOf(e, level, p -> true)) {
                            Row row = rowOf.apply(r);
                            row.agreementsByKind.merge(e.kind(), 1L, Long::sum);
                            row.agreementsByStatus.merge(status, 1L, Long::sum);
                        }
                        if ("signed".equals(status)) {
                            for (List<String> pair : pairs(e)) {
                                for (String member : pair) {
                                    relationships.computeIfAbsent(row(placedAsIs(member), level), k -> new HashSet<>())
                                            .add(pair);
                                }
                            }
                        }
                    }
                }
                case "mission" -> {
                    if (dated(e, "completed", day) != null) {
                        regionsOf(e, level, p -> p.role().equals("leader")).forEach(r -> rowOf.apply(r).missionsLed++);
                        regionsOf(e, level, p -> p.role().equals("host")).forEach(r -> rowOf.apply(r).missionsHosted++);
                    }
                }
                case "conference" -> {
                    if (dated(e, "held", day) != null) {
                        regionsOf(e, level, p -> true).forEach(r -> rowOf.apply(r).conferences++);
                    }
                }
                default -> {
                    if (dated(e, "issued", day) != null) {
                        regionsOf(e, level, p -> true).forEach(r -> rowOf.apply(r).statements++);
                    }
                }
            }
            for (Step step : e.steps()) {
                if (Set.of("signed", "renewed", "completed", "held", "issued").contains(step.step())
                        && step.counts() != null && !step.counts().isAfter(day)) {
                    for (List<String> r : regionsOf(e, level, p -> true)) {
                        Row row = rowOf.apply(r);
                        row.first = row.first == null || BY_COUNTS.compare(step, row.first) < 0 ? step : row.first;
                        row.last = row.last == null || BY_COUNTS.compare(step, row.last) > 0 ? step : row.last;
                    }
                }
            }
        }
        relationships.forEach((key, set) -> rowOf.apply(key).relationships = set.size());
        long inTable = agreements;
        return rows.values().stream().map(row -> row.stats(inTable)).toList();
    }

    List<RegionPair> regionPairs(boolean bySubdivision, LocalDate day, boolean sourced) {
        Map<List<String>, List<Engagement>> pairs = new HashMap<>();
        Map<List<String>, Set<List<String>>> relationships = new HashMap<>();
        long agreements = 0;
        for (Engagement e : counted(sourced)) {
            if (!e.type().equals("agreement") || status(e, day) == null) {
                continue;
            }
            Set<List<String>> seen = new HashSet<>();
            for (String x : resolved(e, p -> true)) {
                for (String y : resolved(e, p -> true)) {
                    Actor cx = placedAsIs(x);
                    Actor cy = placedAsIs(y);
                    if (cx != null && cy != null && "CN".equals(cx.country()) && "419".equals(cy.m49Subregion())) {
                        String counterpart = !bySubdivision ? cy.country()
                                : cy.subdivision() != null ? cy.subdivision() : RegionLevel.UNKNOWN;
                        List<String> key = java.util.Arrays.asList(
                                cx.subdivision() != null ? cx.subdivision() : RegionLevel.UNKNOWN, counterpart,
                                bySubdivision && cy.subdivision() == null ? cy.country() : null);
                        if (seen.add(key)) {
                            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                        }
                        if ("signed".equals(status(e, day))) {
                            relationships.computeIfAbsent(key, k -> new HashSet<>()).add(List.of(x, y));
                        }
                    }
                }
            }
            agreements += seen.isEmpty() ? 0 : 1;
        }
        long inTable = agreements;
        List<RegionPair> result = new ArrayList<>();
        pairs.forEach((key, list) -> {
            List<Step> signed = list.stream().map(e -> dated(e, "signed", day)).filter(d -> d != null).sorted(BY_COUNTS).toList();
            result.add(new RegionPair(key.get(0), key.get(1), list.size(),
                    list.stream().filter(e -> "signed".equals(status(e, day))).count(),
                    signed.isEmpty() ? null : signed.getFirst().on().date(),
                    signed.isEmpty() ? null : signed.getLast().on().date(), key.get(2),
                    relationships.getOrDefault(key, Set.of()).size(), RegionStats.share(list.size(), inTable)));
        });
        result.sort(Comparator.comparingLong(RegionPair::agreements).reversed()
                .thenComparing(RegionPair::china).thenComparing(RegionPair::counterpart)
                .thenComparing(RegionPair::counterpartCountry, Comparator.nullsFirst(Comparator.naturalOrder())));
        return result;
    }

    /**
     * Per two countries (in code order, unknown for a party placed nowhere): the agreements with two distinct
     * parties (after merges) one of each, those in force, and the pairs of such parties to one in force.
     */
    List<CountryPair> countryPairs(LocalDate day, boolean sourced) {
        Map<List<String>, Set<String>> agreements = new HashMap<>();
        Map<List<String>, Set<String>> active = new HashMap<>();
        Map<List<String>, Set<List<String>>> relationships = new HashMap<>();
        Set<String> inTable = new HashSet<>();
        for (Engagement e : counted(sourced)) {
            String status = e.type().equals("agreement") ? status(e, day) : null;
            if (status == null) {
                continue;
            }
            for (List<String> pair : pairs(e)) {
                String one = region(placedAsIs(pair.get(0)), RegionLevel.COUNTRY);
                String other = region(placedAsIs(pair.get(1)), RegionLevel.COUNTRY);
                List<String> key = one.compareTo(other) <= 0 ? List.of(one, other) : List.of(other, one);
                agreements.computeIfAbsent(key, k -> new HashSet<>()).add(e.id());
                inTable.add(e.id());
                if (status.equals("signed")) {
                    active.computeIfAbsent(key, k -> new HashSet<>()).add(e.id());
                    relationships.computeIfAbsent(key, k -> new HashSet<>()).add(pair);
                }
            }
        }
        return agreements.entrySet().stream()
                .map(p -> new CountryPair(p.getKey().get(0), p.getKey().get(1), p.getValue().size(),
                        active.getOrDefault(p.getKey(), Set.of()).size(),
                        relationships.getOrDefault(p.getKey(), Set.of()).size(),
                        RegionStats.share(p.getValue().size(), inTable.size())))
                .sorted(Comparator.comparingLong(CountryPair::agreements).reversed()
                        .thenComparing(CountryPair::country).thenComparing(CountryPair::otherCountry))
                .toList();
    }

    List<YearStats> years(LocalDate day, boolean sourced) {
        Map<Integer, long[]> years = new TreeMap<>();
        Map<Integer, Set<List<String>>> relationships = new HashMap<>();
        for (Engagement e : counted(sourced)) {
            for (Step step : e.steps()) {
                if (step.counts() == null || step.counts().isAfter(day)) {
                    continue;
                }
                int column = switch (e.type() + "/" + step.step()) {
                    case "agreement/signed" -> 0;
                    case "mission/completed" -> 1;
                    case "conference/held" -> 2;
                    case "statement/issued" -> 3;
                    default -> -1;
                };
                if (column >= 0) {
                    // In the year of its date, whatever its precision.
                    years.computeIfAbsent(step.on().date().year(), y -> new long[4])[column]++;
                    if (column == 0) {
                        relationships.computeIfAbsent(step.on().date().year(), y -> new HashSet<>()).addAll(pairs(e));
                    }
                }
            }
        }
        List<YearStats> result = new ArrayList<>();
        years.forEach((year, c) -> result.add(new YearStats(year, c[0], c[1], c[2], c[3],
                relationships.getOrDefault(year, Set.of()).size())));
        return result;
    }

    List<FieldShare> fields(LocalDate day, boolean sourced) {
        List<Engagement> active = counted(sourced).stream()
                .filter(e -> e.type().equals("agreement") && "signed".equals(status(e, day))).toList();
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Set<List<String>>> relationships = new HashMap<>();
        active.forEach(e -> e.fields().forEach(f -> {
            counts.merge(f, 1L, Long::sum);
            relationships.computeIfAbsent(f, k -> new HashSet<>()).addAll(pairs(e));
        }));
        return counts.entrySet().stream()
                .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? Long.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()))
                .map(c -> new FieldShare(c.getKey(), c.getValue(), RegionStats.share(c.getValue(), active.size()),
                        relationships.get(c.getKey()).size())).toList();
    }

    private static final class Row {
        final String region;
        final String country;
        long relationships;
        final Map<String, Long> actorsByKind = new TreeMap<>();
        final Map<String, Long> agreementsByKind = new TreeMap<>();
        final Map<String, Long> agreementsByStatus = new TreeMap<>();
        long memberships;
        long missionsLed;
        long missionsHosted;
        long conferences;
        long statements;
        Step first;
        Step last;

        Row(String region, String country) {
            this.region = region;
            this.country = country;
        }

        RegionStats stats(long agreementsInTable) {
            long agreements = agreementsByKind.values().stream().mapToLong(Long::longValue).sum();
            return new RegionStats(region, country, actorsByKind, memberships, agreementsByKind, agreementsByStatus,
                    agreementsByStatus.getOrDefault("signed", 0L), relationships, missionsLed, missionsHosted,
                    conferences, statements, first == null ? null : first.on().date(),
                    last == null ? null : last.on().date(), 0, RegionStats.share(agreements, agreementsInTable))
                    .withIndex();
        }
    }
}
