package org.paradiplomacy.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every statistic of analytics-service recounted from the write services' own data (their lists and event
 * histories), as of a date, by the definitions the statistics document (docs/decisions/0017): an agreement's status
 * on a day is its last step (in its history's order) dated by then, an engagement counts once for every region one
 * of its actors is in, an actor placed nowhere at a level (none recorded, or not known) counts in the table's
 * {@code unknown} row (at the level of subdivisions one per country, with {@code country}, and one without), every
 * row has its agreements' {@code share} of the table's agreements (each once), and relationships are the distinct
 * pairs of two actors parties together to an agreement in force (in {@code /years}, signed that year).
 * {@link #differences} asks analytics-service for each statistic and lists where it disagrees.
 *
 * <p>It recounts what the write load records: registrations, network memberships and agreements' lives. Merges,
 * withdrawals, supersessions and corrections it does not follow: a listed record whose history holds one is refused
 * rather than recounted wrongly (merged and withdrawn actors are not listed at all).
 */
final class StatisticsRecount {

    private static final Set<String> ACTIVITY = Set.of("signed", "renewed", "completed", "held", "issued");
    private static final int MOST_ACTIVE = 500;
    private static final int DORMANT_YEARS = 5;
    /** The region of an actor placed nowhere at a level, as analytics-service names it. */
    private static final String UNKNOWN = "unknown";
    /** Events that would change the figures in ways this recount does not follow. */
    private static final Set<String> NOT_FOLLOWED = Set.of("ActorMerged", "ActorWithdrawn",
            "NetworkMembershipWithdrawn", "AgreementSuperseded", "AgreementWithdrawn");

    private record Membership(String network, LocalDate since, LocalDate until) {
    }

    private record Actor(String id, String kind, String name, String country, String subdivision, String m49Subregion,
            String m49Intermediate, LocalDate retiredOn, List<Membership> memberships) {
    }

    private record Step(long version, String step, LocalDate on) {
    }

    private record Agreement(String id, String kind, String title, List<String> parties, List<String> fields,
            List<Step> steps) {
    }

    /** A row of a table grouped by region: the region (or unknown) and, for an unknown subdivision, the country. */
    private record RowKey(String region, String country) implements Comparable<RowKey> {
        @Override
        public int compareTo(RowKey other) {
            return Comparator.comparing(RowKey::region)
                    .thenComparing(RowKey::country, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .compare(this, other);
        }
    }

    private final Map<String, Actor> actors = new HashMap<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private int rowsCompared;

    StatisticsRecount(WrittenData data) {
        data.histories.forEach((id, history) -> history.stream().map(e -> e.path("type").asText())
                .filter(NOT_FOLLOWED::contains).findFirst().ifPresent(type -> {
                    throw new IllegalStateException("The recount does not follow " + type + " (" + id + ")");
                }));
        data.actors.values().forEach(a -> {
            List<Membership> memberships = new ArrayList<>();
            a.path("memberships").forEach(m -> memberships.add(
                    new Membership(m.path("networkId").asText(), date(m, "since"), date(m, "until"))));
            actors.put(a.path("id").asText(), new Actor(a.path("id").asText(), a.path("kind").asText(),
                    text(a.path("names"), "en"), text(a, "country"), text(a, "subdivision"),
                    text(a.path("m49"), "subregion"), text(a.path("m49"), "intermediateRegion"),
                    date(a.path("retirement"), "effectiveOn"), memberships));
        });
        data.agreements.values().forEach(a -> {
            String id = a.path("id").asText();
            List<String> parties = new ArrayList<>();
            a.path("parties").forEach(p -> parties.add(p.asText()));
            List<String> fields = new ArrayList<>();
            a.path("fields").forEach(f -> fields.add(f.asText()));
            agreements.add(new Agreement(id, a.path("kind").asText(), a.path("title").asText(),
                    parties.stream().distinct().toList(), fields.stream().distinct().toList(),
                    steps(data.histories.getOrDefault(id, List.of()))));
        });
    }

    /** An agreement's dated steps from its history, as analytics-service records them. */
    private static List<Step> steps(List<JsonNode> history) {
        List<Step> steps = new ArrayList<>();
        LocalDate firstSigning = history.stream().filter(e -> e.path("type").asText().equals("AgreementSigned"))
                .map(e -> date(e.path("data"), "signedOn")).findFirst().orElse(null);
        for (JsonNode event : history) {
            JsonNode data = event.path("data");
            long version = event.path("version").asLong();
            switch (event.path("type").asText()) {
                case "AgreementProposed" -> steps.add(new Step(version, "proposed",
                        date(data, "proposedOn") != null ? date(data, "proposedOn") : firstSigning));
                case "AgreementSigned" -> steps.add(new Step(version, "signed", date(data, "signedOn")));
                case "AgreementSigningAttested" -> steps.add(new Step(version, "attested", date(data, "signedNoLaterThan")));
                case "AgreementRenewed" -> steps.add(new Step(version, "renewed", date(data, "renewedOn")));
                case "AgreementSuspended" -> steps.add(new Step(version, "suspended", date(data, "suspendedOn")));
                case "AgreementReinstated" -> steps.add(new Step(version, "reinstated", date(data, "reinstatedOn")));
                case "AgreementTerminated" -> steps.add(new Step(version, "terminated", date(data, "terminatedOn")));
                case "AgreementExpired" -> steps.add(new Step(version, "expired", date(data, "expiredOn")));
                default -> { }
            }
        }
        return steps;
    }

    /** The statistics compared: a request path (without asOf) and the field(s) that identify a row. */
    private record Statistic(String path, Function<JsonNode, String> key) {
    }

    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("/api/v1/stats/regions?level=subdivision", StatisticsRecount::regionKey),
            new Statistic("/api/v1/stats/regions?level=country", StatisticsRecount::regionKey),
            new Statistic("/api/v1/stats/regions?level=m49", StatisticsRecount::regionKey),
            new Statistic("/api/v1/stats/regions?level=m49-subregion", StatisticsRecount::regionKey),
            new Statistic("/api/v1/stats/region-pairs?counterpart=country", StatisticsRecount::pairKey),
            new Statistic("/api/v1/stats/region-pairs?counterpart=subdivision", StatisticsRecount::pairKey),
            new Statistic("/api/v1/stats/country-pairs?", row -> row.path("country").asText() + "/" + row.path("otherCountry").asText()),
            new Statistic("/api/v1/stats/years?", row -> row.path("year").asText()),
            new Statistic("/api/v1/stats/fields?", row -> row.path("field").asText()),
            new Statistic("/api/v1/stats/actors/most-active?limit=" + MOST_ACTIVE, row -> row.path("actorId").asText()),
            new Statistic("/api/v1/stats/dormant-links?years=" + DORMANT_YEARS, row -> row.path("agreementId").asText()));

    /** How many statistics (each as of each date) a comparison covers. */
    static int count(List<LocalDate> dates) {
        return STATISTICS.size() * dates.size();
    }

    /** Where analytics-service's statistics differ from the recount, one line per differing row or statistic. */
    List<String> differences(JsonApi api, String analyticsUrl, List<LocalDate> dates) {
        List<String> differences = new ArrayList<>();
        rowsCompared = 0;
        for (LocalDate asOf : dates) {
            for (Statistic statistic : STATISTICS) {
                String path = statistic.path() + (statistic.path().endsWith("?") ? "" : "&") + "asOf=" + asOf;
                Map<String, JsonNode> expected = keyed(expected(statistic.path(), asOf), statistic.key());
                Map<String, JsonNode> actual = keyed(api.get(analyticsUrl + path), statistic.key());
                Set<String> keys = new TreeSet<>(expected.keySet());
                keys.addAll(actual.keySet());
                rowsCompared += keys.size();
                for (String key : keys) {
                    JsonNode want = expected.get(key);
                    JsonNode got = actual.get(key);
                    if (want == null || got == null || !want.equals(SAME_VALUE, got)) {
                        differences.add(path + " [" + key + "]: recount " + want + ", analytics " + got);
                    }
                }
            }
        }
        return differences;
    }

    /** The rows (of either side) the last comparison looked at. */
    int rowsCompared() {
        return rowsCompared;
    }

    /** Numbers equal by value (0.5 == 0.50000000001 for shares), everything else as JSON. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Math.abs(a.doubleValue() - b.doubleValue()) < 1e-9 ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonNode expected(String path, LocalDate asOf) {
        Map<String, String> status = statuses(asOf);
        if (path.startsWith("/api/v1/stats/regions")) {
            return regions(path.substring(path.indexOf('=') + 1), status, asOf);
        }
        if (path.startsWith("/api/v1/stats/region-pairs")) {
            return regionPairs(path.endsWith("subdivision"), status, asOf);
        }
        if (path.startsWith("/api/v1/stats/country-pairs")) {
            return countryPairs(status);
        }
        if (path.startsWith("/api/v1/stats/years")) {
            return years(asOf);
        }
        if (path.startsWith("/api/v1/stats/fields")) {
            return fields(status);
        }
        if (path.startsWith("/api/v1/stats/actors/most-active")) {
            return mostActive(asOf);
        }
        return dormant(status, asOf);
    }

    /**
     * Each agreement's status on the day: its last step in the order of its life (its history) dated on or before
     * it (renewed, reinstated and attested: signed).
     */
    private Map<String, String> statuses(LocalDate asOf) {
        Map<String, String> status = new HashMap<>();
        for (Agreement agreement : agreements) {
            agreement.steps().stream().filter(s -> s.on() != null && !s.on().isAfter(asOf))
                    .max(Comparator.comparingLong(Step::version))
                    .ifPresent(latest -> status.put(agreement.id(), switch (latest.step()) {
                        case "renewed", "reinstated", "attested" -> "signed";
                        default -> latest.step();
                    }));
        }
        return status;
    }

    /** The region of an actor (null if not known) at a level, or unknown. */
    private static String region(Actor actor, String level) {
        String region = actor == null ? null : switch (level) {
            case "subdivision" -> actor.subdivision();
            case "country" -> actor.country();
            case "m49" -> actor.m49Intermediate() != null ? actor.m49Intermediate() : actor.m49Subregion();
            default -> actor.m49Subregion();
        };
        return region == null ? UNKNOWN : region;
    }

    /** The row an actor counts in: its region, and for an unknown subdivision its country (if it has one). */
    private static RowKey row(Actor actor, String level) {
        String region = region(actor, level);
        return new RowKey(region, level.equals("subdivision") && region.equals(UNKNOWN) && actor != null
                ? actor.country() : null);
    }

    /** The unordered pairs of two distinct parties of an agreement: its relationships. */
    private static Set<List<String>> pairs(Agreement agreement) {
        List<String> parties = agreement.parties().stream().sorted().toList();
        Set<List<String>> pairs = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                pairs.add(List.of(parties.get(i), parties.get(j)));
            }
        }
        return pairs;
    }

    private static double share(long part, long total) {
        return total == 0 ? 0 : (double) part / total;
    }

    private static final class RegionRow {
        final Map<String, Long> actorsByKind = new TreeMap<>();
        final Map<String, Long> agreementsByKind = new TreeMap<>();
        final Map<String, Long> agreementsByStatus = new TreeMap<>();
        /** Each member and network once. */
        final Set<List<String>> memberships = new HashSet<>();
        final Set<List<String>> relationships = new HashSet<>();
        LocalDate first;
        LocalDate last;
    }

    private JsonNode regions(String level, Map<String, String> status, LocalDate asOf) {
        Map<RowKey, RegionRow> rows = new TreeMap<>();
        Function<RowKey, RegionRow> rowOf = key -> rows.computeIfAbsent(key, k -> new RegionRow());
        for (Actor actor : actors.values()) {
            if (actor.retiredOn() == null || actor.retiredOn().isAfter(asOf)) {
                rowOf.apply(row(actor, level)).actorsByKind.merge(actor.kind(), 1L, Long::sum);
            }
            actor.memberships().stream().filter(m -> m.since() != null && !m.since().isAfter(asOf)
                    && (m.until() == null || m.until().isAfter(asOf)))
                    .forEach(m -> rowOf.apply(row(actor, level)).memberships.add(List.of(actor.id(), m.network())));
        }
        long inTable = 0;
        for (Agreement agreement : agreements) {
            Set<RowKey> regions = new TreeSet<>();
            agreement.parties().forEach(p -> regions.add(row(actors.get(p), level)));
            String state = status.get(agreement.id());
            if (state != null && !regions.isEmpty()) {
                inTable++;
            }
            for (RowKey region : regions) {
                if (state != null) {
                    RegionRow row = rowOf.apply(region);
                    row.agreementsByKind.merge(agreement.kind(), 1L, Long::sum);
                    row.agreementsByStatus.merge(state, 1L, Long::sum);
                }
                for (Step step : agreement.steps()) {
                    if (ACTIVITY.contains(step.step()) && step.on() != null && !step.on().isAfter(asOf)) {
                        RegionRow row = rowOf.apply(region);
                        row.first = row.first == null || step.on().isBefore(row.first) ? step.on() : row.first;
                        row.last = row.last == null || step.on().isAfter(row.last) ? step.on() : row.last;
                    }
                }
            }
            if ("signed".equals(state)) {
                for (List<String> pair : pairs(agreement)) {
                    pair.forEach(member -> rowOf.apply(row(actors.get(member), level)).relationships.add(pair));
                }
            }
        }
        ArrayNode result = JsonApi.JSON.createArrayNode();
        long agreementsInTable = inTable;
        rows.forEach((key, row) -> {
            long active = row.agreementsByStatus.getOrDefault("signed", 0L);
            long all = row.agreementsByKind.values().stream().mapToLong(Long::longValue).sum();
            long memberships = row.memberships.size();
            ObjectNode node = result.addObject().put("region", key.region());
            putText(node, "country", key.country());
            node.set("actorsByKind", JsonApi.JSON.valueToTree(row.actorsByKind));
            node.put("networkMemberships", memberships);
            node.set("agreementsByKind", JsonApi.JSON.valueToTree(row.agreementsByKind));
            node.set("agreementsByStatus", JsonApi.JSON.valueToTree(row.agreementsByStatus));
            node.put("activeAgreements", active).put("relationships", row.relationships.size())
                    .put("missionsLed", 0).put("missionsHosted", 0).put("conferences", 0).put("statements", 0);
            putDate(node, "firstActivity", row.first);
            putDate(node, "lastActivity", row.last);
            node.put("engagementIndex", 3 * active + (all - active) + memberships);
            node.put("share", share(all, agreementsInTable));
        });
        return result;
    }

    /** A pair of the region pairs: the Chinese side, the Latin American one, and an unknown subdivision's country. */
    private record RegionPairKey(String china, String counterpart, String counterpartCountry) {
    }

    private static final class PairCounts {
        final Set<String> agreements = new HashSet<>();
        final Set<String> active = new HashSet<>();
        final Set<List<String>> relationships = new HashSet<>();
        LocalDate firstSigned;
        LocalDate lastSigned;
    }

    private JsonNode regionPairs(boolean bySubdivision, Map<String, String> status, LocalDate asOf) {
        Map<RegionPairKey, PairCounts> counts = new LinkedHashMap<>();
        long inTable = 0;
        for (Agreement agreement : agreements) {
            String state = status.get(agreement.id());
            if (state == null) {
                continue;
            }
            boolean inAPair = false;
            for (String x : agreement.parties()) {
                Actor china = actors.get(x);
                if (china == null || !"CN".equals(china.country())) {
                    continue;
                }
                for (String y : agreement.parties()) {
                    Actor other = actors.get(y);
                    if (other == null || !"419".equals(other.m49Subregion())) {
                        continue;
                    }
                    inAPair = true;
                    RegionPairKey key = new RegionPairKey(Objects.requireNonNullElse(china.subdivision(), UNKNOWN),
                            !bySubdivision ? other.country() : Objects.requireNonNullElse(other.subdivision(), UNKNOWN),
                            bySubdivision && other.subdivision() == null ? other.country() : null);
                    PairCounts count = counts.computeIfAbsent(key, k -> new PairCounts());
                    count.agreements.add(agreement.id());
                    if ("signed".equals(state)) {
                        count.active.add(agreement.id());
                        count.relationships.add(List.of(x, y));
                    }
                    for (Step step : agreement.steps()) {
                        if (step.step().equals("signed") && step.on() != null && !step.on().isAfter(asOf)) {
                            count.firstSigned = count.firstSigned == null || step.on().isBefore(count.firstSigned)
                                    ? step.on() : count.firstSigned;
                            count.lastSigned = count.lastSigned == null || step.on().isAfter(count.lastSigned)
                                    ? step.on() : count.lastSigned;
                        }
                    }
                }
            }
            inTable += inAPair ? 1 : 0;
        }
        ArrayNode result = JsonApi.JSON.createArrayNode();
        long agreementsInTable = inTable;
        counts.forEach((key, count) -> {
            ObjectNode node = result.addObject().put("china", key.china()).put("counterpart", key.counterpart())
                    .put("agreements", count.agreements.size()).put("active", count.active.size());
            putDate(node, "firstSigned", count.firstSigned);
            putDate(node, "lastSigned", count.lastSigned);
            putText(node, "counterpartCountry", key.counterpartCountry());
            node.put("relationships", count.relationships.size())
                    .put("share", share(count.agreements.size(), agreementsInTable));
        });
        return result;
    }

    /**
     * Per two countries (in code order, unknown after every code for a party without a country, or not known): the
     * agreements with two parties one of each, those in force, and the pairs of such parties to one in force.
     */
    private JsonNode countryPairs(Map<String, String> status) {
        Map<List<String>, PairCounts> counts = new LinkedHashMap<>();
        Set<String> inTable = new HashSet<>();
        for (Agreement agreement : agreements) {
            String state = status.get(agreement.id());
            if (state == null) {
                continue;
            }
            for (List<String> pair : pairs(agreement)) {
                String one = region(actors.get(pair.get(0)), "country");
                String other = region(actors.get(pair.get(1)), "country");
                PairCounts count = counts.computeIfAbsent(one.compareTo(other) <= 0 ? List.of(one, other)
                        : List.of(other, one), k -> new PairCounts());
                count.agreements.add(agreement.id());
                inTable.add(agreement.id());
                if ("signed".equals(state)) {
                    count.active.add(agreement.id());
                    count.relationships.add(pair);
                }
            }
        }
        ArrayNode result = JsonApi.JSON.createArrayNode();
        counts.forEach((pair, count) -> result.addObject().put("country", pair.get(0))
                .put("otherCountry", pair.get(1)).put("agreements", count.agreements.size())
                .put("active", count.active.size()).put("relationships", count.relationships.size())
                .put("share", share(count.agreements.size(), inTable.size())));
        return result;
    }

    private JsonNode years(LocalDate asOf) {
        Map<Integer, Long> signings = new TreeMap<>();
        Map<Integer, Set<List<String>>> relationships = new HashMap<>();
        for (Agreement agreement : agreements) {
            for (Step step : agreement.steps()) {
                if (step.step().equals("signed") && step.on() != null && !step.on().isAfter(asOf)) {
                    signings.merge(step.on().getYear(), 1L, Long::sum);
                    relationships.computeIfAbsent(step.on().getYear(), y -> new HashSet<>()).addAll(pairs(agreement));
                }
            }
        }
        ArrayNode result = JsonApi.JSON.createArrayNode();
        signings.forEach((year, count) -> result.addObject().put("year", year).put("agreementsSigned", count)
                .put("missionsCompleted", 0).put("conferences", 0).put("statements", 0)
                .put("relationships", relationships.get(year).size()));
        return result;
    }

    private JsonNode fields(Map<String, String> status) {
        List<Agreement> active = agreements.stream().filter(a -> "signed".equals(status.get(a.id()))).toList();
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Set<List<String>>> relationships = new HashMap<>();
        active.forEach(a -> a.fields().forEach(field -> {
            counts.merge(field, 1L, Long::sum);
            relationships.computeIfAbsent(field, f -> new HashSet<>()).addAll(pairs(a));
        }));
        ArrayNode result = JsonApi.JSON.createArrayNode();
        counts.forEach((field, count) -> result.addObject().put("field", field).put("agreements", count)
                .put("share", share(count, active.size())).put("relationships", relationships.get(field).size()));
        return result;
    }

    private JsonNode mostActive(LocalDate asOf) {
        Map<String, Long> engagements = new HashMap<>();
        Map<String, LocalDate> latest = new HashMap<>();
        for (Agreement agreement : agreements) {
            LocalDate last = agreement.steps().stream()
                    .filter(s -> (s.step().equals("signed") || s.step().equals("attested")) && s.on() != null
                            && !s.on().isAfter(asOf))
                    .map(Step::on).max(Comparator.naturalOrder()).orElse(null);
            if (last == null) {
                continue;
            }
            for (String party : new TreeSet<>(agreement.parties())) {
                engagements.merge(party, 1L, Long::sum);
                latest.merge(party, last, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        ArrayNode result = JsonApi.JSON.createArrayNode();
        engagements.keySet().stream()
                .sorted(Comparator.comparing((String id) -> -engagements.get(id))
                        .thenComparing(id -> latest.get(id), Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MOST_ACTIVE).forEach(id -> {
                    Actor actor = actors.get(id);
                    ObjectNode node = result.addObject().put("actorId", id);
                    if (actor != null) {
                        putText(node, "name", actor.name());
                        putText(node, "country", actor.country());
                        putText(node, "subdivision", actor.subdivision());
                    }
                    node.put("engagements", engagements.get(id));
                    putDate(node, "lastActivity", latest.get(id));
                });
        return result;
    }

    /** Agreements in force whose parties have had no activity together (on any engagement) for five years. */
    private JsonNode dormant(Map<String, String> status, LocalDate asOf) {
        Map<String, LocalDate> lastTogether = new HashMap<>();
        for (Agreement agreement : agreements) {
            LocalDate last = agreement.steps().stream()
                    .filter(s -> ACTIVITY.contains(s.step()) && s.on() != null && !s.on().isAfter(asOf))
                    .map(Step::on).max(Comparator.naturalOrder()).orElse(null);
            if (last == null) {
                continue;
            }
            for (String a : agreement.parties()) {
                for (String b : agreement.parties()) {
                    if (a.compareTo(b) < 0) {
                        lastTogether.merge(a + "/" + b, last, (x, y) -> x.isAfter(y) ? x : y);
                    }
                }
            }
        }
        ArrayNode result = JsonApi.JSON.createArrayNode();
        LocalDate cutOff = asOf.minusYears(DORMANT_YEARS);
        for (Agreement agreement : agreements) {
            if (!"signed".equals(status.get(agreement.id()))) {
                continue;
            }
            List<String> parties = agreement.parties().stream().sorted().distinct().toList();
            LocalDate contact = null;
            for (String a : parties) {
                for (String b : parties) {
                    LocalDate together = a.compareTo(b) < 0 ? lastTogether.get(a + "/" + b) : null;
                    contact = together != null && (contact == null || together.isAfter(contact)) ? together : contact;
                }
            }
            if (contact != null && contact.isBefore(cutOff)) {
                ObjectNode node = result.addObject().put("agreementId", agreement.id()).put("kind", agreement.kind())
                        .put("title", agreement.title());
                parties.forEach(node.putArray("parties")::add);
                node.put("lastContact", contact.toString());
            }
        }
        return result;
    }

    private static Map<String, JsonNode> keyed(JsonNode rows, Function<JsonNode, String> key) {
        Map<String, JsonNode> keyed = new LinkedHashMap<>();
        if (rows != null) {
            rows.forEach(row -> keyed.merge(key.apply(row), row, (a, b) -> {
                throw new IllegalStateException("Two rows for " + key.apply(row) + ": " + a + " and " + b);
            }));
        }
        return keyed;
    }

    /** A region's row: its code, and the country of an unknown subdivision (which would collide otherwise). */
    private static String regionKey(JsonNode row) {
        return row.path("region").asText() + "/" + row.path("country").asText();
    }

    private static String pairKey(JsonNode row) {
        return row.path("china").asText() + "/" + row.path("counterpart").asText() + "/"
                + row.path("counterpartCountry").asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static void putDate(ObjectNode node, String field, LocalDate value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
