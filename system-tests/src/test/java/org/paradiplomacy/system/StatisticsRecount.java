package org.paradiplomacy.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * histories), as of a date, by the definitions the statistics document: an agreement's status on a day is its
 * latest step on or before it, an engagement counts once for every region one of its actors is in, and so on.
 * {@link #differences} asks analytics-service for each statistic and lists where it disagrees.
 */
final class StatisticsRecount {

    private static final Set<String> ACTIVITY = Set.of("signed", "renewed", "completed", "held", "issued");
    private static final int MOST_ACTIVE = 500;
    private static final int DORMANT_YEARS = 5;

    private record Actor(String id, String kind, String name, String country, String subdivision, String m49Subregion,
            String m49Intermediate, LocalDate retiredOn, List<LocalDate[]> memberships) {
    }

    private record Step(long version, String step, LocalDate on) {
    }

    private record Agreement(String id, String kind, String title, List<String> parties, List<String> fields,
            List<Step> steps) {
    }

    private final Map<String, Actor> actors = new HashMap<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private int rowsCompared;

    StatisticsRecount(WrittenData data) {
        data.actors.values().forEach(a -> {
            List<LocalDate[]> memberships = new ArrayList<>();
            a.path("memberships").forEach(m -> memberships.add(new LocalDate[] {date(m, "since"), date(m, "until")}));
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
            agreements.add(new Agreement(id, a.path("kind").asText(), a.path("title").asText(), parties,
                    fields.stream().distinct().toList(), steps(data.histories.getOrDefault(id, List.of()))));
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
            new Statistic("/api/v1/stats/regions?level=subdivision", row -> row.path("region").asText()),
            new Statistic("/api/v1/stats/regions?level=country", row -> row.path("region").asText()),
            new Statistic("/api/v1/stats/regions?level=m49", row -> row.path("region").asText()),
            new Statistic("/api/v1/stats/regions?level=m49-subregion", row -> row.path("region").asText()),
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

    /** Each agreement's status on the day: its latest step on or before it (renewed and reinstated: signed). */
    private Map<String, String> statuses(LocalDate asOf) {
        Map<String, String> status = new HashMap<>();
        for (Agreement agreement : agreements) {
            agreement.steps().stream().filter(s -> s.on() != null && !s.on().isAfter(asOf))
                    .max(Comparator.comparing(Step::on).thenComparingLong(Step::version))
                    .ifPresent(latest -> status.put(agreement.id(), switch (latest.step()) {
                        case "renewed", "reinstated", "attested" -> "signed";
                        default -> latest.step();
                    }));
        }
        return status;
    }

    private static String region(Actor actor, String level) {
        if (actor == null) {
            return null;
        }
        return switch (level) {
            case "subdivision" -> actor.subdivision();
            case "country" -> actor.country();
            case "m49" -> actor.m49Intermediate() != null ? actor.m49Intermediate() : actor.m49Subregion();
            default -> actor.m49Subregion();
        };
    }

    private static final class RegionRow {
        final Map<String, Long> actorsByKind = new TreeMap<>();
        final Map<String, Long> agreementsByKind = new TreeMap<>();
        final Map<String, Long> agreementsByStatus = new TreeMap<>();
        long memberships;
        LocalDate first;
        LocalDate last;
    }

    private JsonNode regions(String level, Map<String, String> status, LocalDate asOf) {
        Map<String, RegionRow> rows = new TreeMap<>();
        for (Actor actor : actors.values()) {
            String region = region(actor, level);
            if (region == null) {
                continue;
            }
            if (actor.retiredOn() == null || actor.retiredOn().isAfter(asOf)) {
                rows.computeIfAbsent(region, r -> new RegionRow()).actorsByKind.merge(actor.kind(), 1L, Long::sum);
            }
            long memberships = actor.memberships().stream().filter(m -> m[0] != null && !m[0].isAfter(asOf)
                    && (m[1] == null || m[1].isAfter(asOf))).count();
            if (memberships > 0) {
                rows.computeIfAbsent(region, r -> new RegionRow()).memberships += memberships;
            }
        }
        for (Agreement agreement : agreements) {
            Set<String> regions = new TreeSet<>();
            agreement.parties().stream().map(p -> region(actors.get(p), level)).filter(Objects::nonNull)
                    .forEach(regions::add);
            String state = status.get(agreement.id());
            for (String region : regions) {
                if (state != null) {
                    RegionRow row = rows.computeIfAbsent(region, r -> new RegionRow());
                    row.agreementsByKind.merge(agreement.kind(), 1L, Long::sum);
                    row.agreementsByStatus.merge(state, 1L, Long::sum);
                }
                for (Step step : agreement.steps()) {
                    if (ACTIVITY.contains(step.step()) && step.on() != null && !step.on().isAfter(asOf)) {
                        RegionRow row = rows.computeIfAbsent(region, r -> new RegionRow());
                        row.first = row.first == null || step.on().isBefore(row.first) ? step.on() : row.first;
                        row.last = row.last == null || step.on().isAfter(row.last) ? step.on() : row.last;
                    }
                }
            }
        }
        ArrayNode result = JsonApi.JSON.createArrayNode();
        rows.forEach((region, row) -> {
            long active = row.agreementsByStatus.getOrDefault("signed", 0L);
            long all = row.agreementsByKind.values().stream().mapToLong(Long::longValue).sum();
            ObjectNode node = result.addObject().put("region", region);
            node.set("actorsByKind", JsonApi.JSON.valueToTree(row.actorsByKind));
            node.put("networkMemberships", row.memberships);
            node.set("agreementsByKind", JsonApi.JSON.valueToTree(row.agreementsByKind));
            node.set("agreementsByStatus", JsonApi.JSON.valueToTree(row.agreementsByStatus));
            node.put("activeAgreements", active).put("missionsLed", 0).put("missionsHosted", 0)
                    .put("conferences", 0).put("statements", 0);
            putDate(node, "firstActivity", row.first);
            putDate(node, "lastActivity", row.last);
            node.put("engagementIndex", 3 * active + (all - active) + row.memberships);
        });
        return result;
    }

    private JsonNode regionPairs(boolean bySubdivision, Map<String, String> status, LocalDate asOf) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, LocalDate[]> signed = new HashMap<>();
        for (Agreement agreement : agreements) {
            String state = status.get(agreement.id());
            if (state == null) {
                continue;
            }
            Set<String> pairs = new TreeSet<>();
            for (String x : agreement.parties()) {
                Actor china = actors.get(x);
                if (china == null || !"CN".equals(china.country())) {
                    continue;
                }
                for (String y : agreement.parties()) {
                    Actor other = actors.get(y);
                    if (other != null && "419".equals(other.m49Subregion())) {
                        String counterpart = bySubdivision && other.subdivision() != null ? other.subdivision() : other.country();
                        pairs.add(Objects.requireNonNullElse(china.subdivision(), china.country()) + "/" + counterpart);
                    }
                }
            }
            for (String pair : pairs) {
                long[] count = counts.computeIfAbsent(pair, p -> new long[2]);
                count[0]++;
                count[1] += "signed".equals(state) ? 1 : 0;
                for (Step step : agreement.steps()) {
                    if (step.step().equals("signed") && step.on() != null && !step.on().isAfter(asOf)) {
                        LocalDate[] range = signed.computeIfAbsent(pair, p -> new LocalDate[2]);
                        range[0] = range[0] == null || step.on().isBefore(range[0]) ? step.on() : range[0];
                        range[1] = range[1] == null || step.on().isAfter(range[1]) ? step.on() : range[1];
                    }
                }
            }
        }
        ArrayNode result = JsonApi.JSON.createArrayNode();
        counts.forEach((pair, count) -> {
            ObjectNode node = result.addObject().put("china", pair.substring(0, pair.indexOf('/')))
                    .put("counterpart", pair.substring(pair.indexOf('/') + 1)).put("agreements", count[0])
                    .put("active", count[1]);
            LocalDate[] range = signed.getOrDefault(pair, new LocalDate[2]);
            putDate(node, "firstSigned", range[0]);
            putDate(node, "lastSigned", range[1]);
        });
        return result;
    }

    private JsonNode countryPairs(Map<String, String> status) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Agreement agreement : agreements) {
            String state = status.get(agreement.id());
            if (state == null) {
                continue;
            }
            Set<String> pairs = new TreeSet<>();
            for (String x : agreement.parties()) {
                for (String y : agreement.parties()) {
                    Actor a = actors.get(x);
                    Actor b = actors.get(y);
                    if (!x.equals(y) && a != null && b != null && a.country() != null && b.country() != null
                            && a.country().compareTo(b.country()) <= 0) {
                        pairs.add(a.country() + "/" + b.country());
                    }
                }
            }
            for (String pair : pairs) {
                long[] count = counts.computeIfAbsent(pair, p -> new long[2]);
                count[0]++;
                count[1] += "signed".equals(state) ? 1 : 0;
            }
        }
        ArrayNode result = JsonApi.JSON.createArrayNode();
        counts.forEach((pair, count) -> result.addObject().put("country", pair.substring(0, 2))
                .put("otherCountry", pair.substring(3)).put("agreements", count[0]).put("active", count[1]));
        return result;
    }

    private JsonNode years(LocalDate asOf) {
        Map<Integer, Long> signings = new TreeMap<>();
        for (Agreement agreement : agreements) {
            for (Step step : agreement.steps()) {
                if (step.step().equals("signed") && step.on() != null && !step.on().isAfter(asOf)) {
                    signings.merge(step.on().getYear(), 1L, Long::sum);
                }
            }
        }
        ArrayNode result = JsonApi.JSON.createArrayNode();
        signings.forEach((year, count) -> result.addObject().put("year", year).put("agreementsSigned", count)
                .put("missionsCompleted", 0).put("conferences", 0).put("statements", 0));
        return result;
    }

    private JsonNode fields(Map<String, String> status) {
        List<Agreement> active = agreements.stream().filter(a -> "signed".equals(status.get(a.id()))).toList();
        Map<String, Long> counts = new TreeMap<>();
        active.forEach(a -> a.fields().forEach(field -> counts.merge(field, 1L, Long::sum)));
        ArrayNode result = JsonApi.JSON.createArrayNode();
        counts.forEach((field, count) -> result.addObject().put("field", field).put("agreements", count)
                .put("share", (double) count / active.size()));
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

    private static String pairKey(JsonNode row) {
        return row.path("china").asText() + "/" + row.path("counterpart").asText();
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
