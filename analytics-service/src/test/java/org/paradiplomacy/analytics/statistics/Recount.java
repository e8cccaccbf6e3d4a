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
 * cite a source are counted (an engagement is still placed by all its actors).
 */
final class Recount {

    private final Map<String, Actor> actors = new HashMap<>();
    private final List<History.Membership> memberships = new ArrayList<>();
    private final List<Engagement> engagements = new ArrayList<>();

    Recount(List<History> histories) {
        histories.forEach(h -> {
            h.actors.forEach(a -> actors.put(a.id(), a));
            memberships.addAll(h.memberships);
            engagements.addAll(h.engagements);
        });
    }

    static String region(Actor a, RegionLevel level) {
        return switch (level) {
            case SUBDIVISION -> a.subdivision();
            case COUNTRY -> a.country();
            case M49 -> a.m49Intermediate() != null ? a.m49Intermediate() : a.m49Subregion();
            case M49_SUBREGION -> a.m49Subregion();
        };
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

    private Set<String> regionsOf(Engagement e, RegionLevel level, Function<History.Part, Boolean> which) {
        Set<String> regions = new HashSet<>();
        e.parts().stream().filter(which::apply).map(p -> actors.get(p.actor()))
                .map(a -> region(a, level)).filter(r -> r != null).forEach(regions::add);
        return regions;
    }

    List<RegionStats> regions(RegionLevel level, LocalDate day, boolean sourced) {
        Map<String, Row> rows = new TreeMap<>();
        actors.values().stream().filter(a -> region(a, level) != null)
                .filter(a -> a.retiredOn() == null || a.retiredOn().isAfter(day))
                .filter(a -> !sourced || a.sourced())
                .forEach(a -> rows.computeIfAbsent(region(a, level), Row::new).actorsByKind.merge(a.kind(), 1L, Long::sum));
        memberships.stream().filter(m -> !sourced || m.sourced())
                .filter(m -> !m.since().counts().isAfter(day) && (m.until() == null || m.until().counts().isAfter(day)))
                .map(m -> region(actors.get(m.actor()), level)).filter(r -> r != null)
                .forEach(r -> rows.computeIfAbsent(r, Row::new).memberships++);
        for (Engagement e : counted(sourced)) {
            switch (e.type()) {
                case "agreement" -> {
                    String status = status(e, day);
                    if (status != null) {
                        for (String r : regionsOf(e, level, p -> true)) {
                            Row row = rows.computeIfAbsent(r, Row::new);
                            row.agreementsByKind.merge(e.kind(), 1L, Long::sum);
                            row.agreementsByStatus.merge(status, 1L, Long::sum);
                        }
                    }
                }
                case "mission" -> {
                    if (dated(e, "completed", day) != null) {
                        regionsOf(e, level, p -> p.role().equals("leader")).forEach(r -> rows.computeIfAbsent(r, Row::new).missionsLed++);
                        regionsOf(e, level, p -> p.role().equals("host")).forEach(r -> rows.computeIfAbsent(r, Row::new).missionsHosted++);
                    }
                }
                case "conference" -> {
                    if (dated(e, "held", day) != null) {
                        regionsOf(e, level, p -> true).forEach(r -> rows.computeIfAbsent(r, Row::new).conferences++);
                    }
                }
                default -> {
                    if (dated(e, "issued", day) != null) {
                        regionsOf(e, level, p -> true).forEach(r -> rows.computeIfAbsent(r, Row::new).statements++);
                    }
                }
            }
            for (Step step : e.steps()) {
                if (Set.of("signed", "renewed", "completed", "held", "issued").contains(step.step())
                        && step.counts() != null && !step.counts().isAfter(day)) {
                    for (String r : regionsOf(e, level, p -> true)) {
                        Row row = rows.computeIfAbsent(r, Row::new);
                        row.first = row.first == null || BY_COUNTS.compare(step, row.first) < 0 ? step : row.first;
                        row.last = row.last == null || BY_COUNTS.compare(step, row.last) > 0 ? step : row.last;
                    }
                }
            }
        }
        return rows.values().stream().map(Row::stats).toList();
    }

    List<RegionPair> regionPairs(LocalDate day, boolean sourced) {
        Comparator<List<String>> byRegions = Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1));
        Map<List<String>, List<Engagement>> pairs = new TreeMap<>(byRegions);
        for (Engagement e : counted(sourced)) {
            if (!e.type().equals("agreement") || status(e, day) == null) {
                continue;
            }
            Set<List<String>> seen = new HashSet<>();
            for (History.Part x : e.parts()) {
                for (History.Part y : e.parts()) {
                    Actor cx = actors.get(x.actor());
                    Actor cy = actors.get(y.actor());
                    if ("CN".equals(cx.country()) && "419".equals(cy.m49Subregion())) {
                        List<String> key = List.of(cx.subdivision() != null ? cx.subdivision() : cx.country(), cy.country());
                        if (seen.add(key)) {
                            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                        }
                    }
                }
            }
        }
        List<RegionPair> result = new ArrayList<>();
        pairs.forEach((key, list) -> {
            List<Step> signed = list.stream().map(e -> dated(e, "signed", day)).filter(d -> d != null).sorted(BY_COUNTS).toList();
            result.add(new RegionPair(key.get(0), key.get(1), list.size(),
                    list.stream().filter(e -> "signed".equals(status(e, day))).count(),
                    signed.isEmpty() ? null : signed.getFirst().on().date(),
                    signed.isEmpty() ? null : signed.getLast().on().date()));
        });
        result.sort(Comparator.comparingLong(RegionPair::agreements).reversed()
                .thenComparing(RegionPair::china).thenComparing(RegionPair::counterpart));
        return result;
    }

    List<YearStats> years(LocalDate day, boolean sourced) {
        Map<Integer, long[]> years = new TreeMap<>();
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
                }
            }
        }
        List<YearStats> result = new ArrayList<>();
        years.forEach((year, c) -> result.add(new YearStats(year, c[0], c[1], c[2], c[3])));
        return result;
    }

    List<FieldShare> fields(LocalDate day, boolean sourced) {
        List<Engagement> active = counted(sourced).stream()
                .filter(e -> e.type().equals("agreement") && "signed".equals(status(e, day))).toList();
        Map<String, Long> counts = new TreeMap<>();
        active.forEach(e -> e.fields().forEach(f -> counts.merge(f, 1L, Long::sum)));
        return counts.entrySet().stream()
                .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? Long.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()))
                .map(c -> new FieldShare(c.getKey(), c.getValue(), (double) c.getValue() / active.size())).toList();
    }

    private static final class Row {
        final String region;
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

        Row(String region) {
            this.region = region;
        }

        RegionStats stats() {
            return new RegionStats(region, actorsByKind, memberships, agreementsByKind, agreementsByStatus,
                    agreementsByStatus.getOrDefault("signed", 0L), missionsLed, missionsHosted, conferences, statements,
                    first == null ? null : first.on().date(), last == null ? null : last.on().date(), 0).withIndex();
        }
    }
}
