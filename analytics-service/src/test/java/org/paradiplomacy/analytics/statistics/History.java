package org.paradiplomacy.analytics.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.paradiplomacy.provenance.PartialDate;

/**
 * A random but valid history of the Observatory, deterministic from its seed: actors placed in Chinese and Latin
 * American regions (and placeless networks), memberships, and agreements, missions, conferences and statements
 * with dated lifecycles. Dates are given to the day, the month or the year, and recorded within their period or
 * after it; some records cite sources. Some actors are merged into others (also in chains: A into B, then B into
 * C), some actors, memberships and engagements are withdrawn, some agreements are superseded by an upgrade between
 * the same parties, and some conferences and statements are corrected. It knows the events the write services
 * would have published for it, as v1 where v1 can say it and as v2 otherwise or at random, each with the time it
 * was recorded.
 */
final class History {

    /** A date as given, and the day its event was recorded; it counts from {@link #counts()}. */
    record Dated(PartialDate date, LocalDate recordedOn) {
        LocalDate counts() {
            return date == null ? null : date.countsFrom(recordedOn);
        }
    }

    record Actor(String id, String kind, String country, String subdivision, String m49Region, String m49Subregion,
            String m49Intermediate, Dated retired, boolean sourced) {
        LocalDate retiredOn() {
            return retired == null ? null : retired.counts();
        }
    }

    record Membership(String actor, String network, Dated since, Dated until, boolean startSourced, boolean endSourced,
            boolean withdrawn) {
        boolean sourced() {
            return startSourced || until != null && endSourced;
        }
    }

    record Part(String actor, String role) {
    }

    record Step(String step, Dated on, boolean sourced) {
        LocalDate counts() {
            return on.counts();
        }
    }

    /** An engagement as the statistics must count it: after its correction, if any; withdrawn ones not at all. */
    record Engagement(String id, String type, String kind, List<Part> parts, List<String> fields, List<Step> steps,
            boolean withdrawn) {
        Engagement(String id, String type, String kind, List<Part> parts, List<String> fields, List<Step> steps) {
            this(id, type, kind, parts, fields, steps, false);
        }

        boolean sourced() {
            return steps.stream().anyMatch(Step::sourced);
        }

        Engagement withdrawing() {
            return new Engagement(id, type, kind, parts, fields, steps, true);
        }
    }

    /** A conference or statement as first recorded, before the correction recorded on {@code recordedOn}. */
    record Correction(Engagement original, LocalDate recordedOn) {
    }

    /** One published event: its topic, stream, id, CloudEvents type, stream version, JSON payload and time. */
    record Event(String topic, String stream, String id, String type, long version, String payload, Instant time) {
    }

    private static final String[][] PLACES = {
        {"CN", "CN-HB", "142", "030", null}, {"CN", "CN-GD", "142", "030", null}, {"CN", "CN-JS", "142", "030", null},
        {"CN", null, "142", "030", null}, {"AR", "AR-E", "019", "419", "005"}, {"AR", "AR-B", "019", "419", "005"},
        {"CL", "CL-BI", "019", "419", "005"}, {"MX", "MX-JAL", "019", "419", "013"}, {"BR", "BR-PE", "019", "419", "005"},
        {"CU", null, "019", "419", "029"}, {"FR", "FR-ARA", "150", "155", null}};
    private static final String[] FIELDS = {"culture", "trade", "education", "tourism", "health", "environment"};

    final List<Actor> actors = new ArrayList<>();
    final List<Membership> memberships = new ArrayList<>();
    final List<Engagement> engagements = new ArrayList<>();
    /** Each merged actor and the survivor it was merged into (which may itself be merged later). */
    final Map<String, String> merges = new LinkedHashMap<>();
    final Set<String> withdrawnActors = new LinkedHashSet<>();
    /** The corrected conferences and statements, by id: as first recorded. */
    final Map<String, Correction> corrections = new LinkedHashMap<>();
    /** The superseded agreements, by id: the agreement that upgraded each. */
    final Map<String, String> supersededBy = new LinkedHashMap<>();
    private final Random random;

    History(long seed) {
        random = new Random(seed);
        int places = 10 + random.nextInt(10);
        for (int i = 0; i < places; i++) {
            String[] p = PLACES[random.nextInt(PLACES.length)];
            actors.add(new Actor(id(), random.nextBoolean() ? "city" : "province", p[0], p[1], p[2], p[3], p[4],
                    random.nextInt(8) == 0 ? dated(date(), null) : null, sourced()));
        }
        List<Actor> placed = List.copyOf(actors);
        for (int i = 0; i < 2; i++) {
            actors.add(new Actor(id(), "network", null, null, null, null, null, null, sourced()));
        }
        for (Actor actor : placed) {
            if (random.nextInt(3) == 0) {
                LocalDate since = date();
                Dated start = dated(since, null);
                memberships.add(new Membership(actor.id(), actors.get(placed.size() + random.nextInt(2)).id(), start,
                        random.nextBoolean() ? null : dated(since.plusDays(1 + random.nextInt(3000)), start.recordedOn()),
                        sourced(), sourced(), random.nextInt(6) == 0));
            }
        }
        for (int i = 0, n = 10 + random.nextInt(20); i < n; i++) {
            engagements.add(agreement());
        }
        for (int i = 0, n = random.nextInt(10); i < n; i++) {
            engagements.add(mission());
        }
        for (int i = 0, n = random.nextInt(6); i < n; i++) {
            engagements.add(correctedAtRandom(new Engagement(id(), "conference", "Forum " + i,
                    parts("host", 1, "participant", 1 + random.nextInt(3)), fields(),
                    List.of(new Step("held", dated(date(), null), sourced())))));
        }
        for (int i = 0, n = random.nextInt(6); i < n; i++) {
            engagements.add(correctedAtRandom(new Engagement(id(), "statement", null,
                    parts("issuer", 1, "subject", 1 + random.nextInt(2)), List.of(),
                    List.of(new Step("issued", dated(date(), null), sourced())))));
        }
        merge(placed);
        supersede();
        for (Actor actor : placed) {
            if (random.nextInt(10) == 0 && !merges.containsKey(actor.id()) && !merges.containsValue(actor.id())) {
                withdrawnActors.add(actor.id());
            }
        }
        engagements.replaceAll(e -> random.nextInt(8) == 0 ? e.withdrawing() : e);
    }

    /**
     * Merges a few actors into others of their kind, a survivor never merged at the time; now and then a survivor
     * is merged in turn (a chain). One agreement between a duplicate and its survivor becomes an agreement of one
     * actor with itself.
     */
    private void merge(List<Actor> placed) {
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            List<Actor> survivors = placed.stream().filter(a -> !merges.containsKey(a.id())).toList();
            List<Actor> chained = survivors.stream().filter(a -> merges.containsValue(a.id())).toList();
            Actor duplicate = !chained.isEmpty() && random.nextBoolean() ? chained.get(random.nextInt(chained.size()))
                    : survivors.get(random.nextInt(survivors.size()));
            List<Actor> into = survivors.stream()
                    .filter(a -> a.kind().equals(duplicate.kind()) && !a.id().equals(duplicate.id())).toList();
            if (!into.isEmpty()) {
                merges.put(duplicate.id(), into.get(random.nextInt(into.size())).id());
            }
        }
        merges.entrySet().stream().findFirst().ifPresent(m -> {
            LocalDate day = date();
            engagements.add(new Engagement(id(), "agreement", "cooperation",
                    List.of(new Part(m.getKey(), "party"), new Part(m.getValue(), "party")), fields(),
                    List.of(new Step("proposed", new Dated(null, day), false), new Step("signed", dated(day, null), sourced()))));
        });
    }

    /**
     * Some agreements in force at the end of their lives are upgraded by a later one between the same parties,
     * recorded as signed: the older is superseded from the upgrade's signing (with its date and sources).
     */
    private void supersede() {
        List<Engagement> upgrades = new ArrayList<>();
        engagements.replaceAll(e -> {
            Step last = e.steps().getLast();
            if (!e.type().equals("agreement") || !Set.of("signed", "renewed", "reinstated", "attested").contains(last.step())
                    || random.nextInt(4) != 0) {
                return e;
            }
            LocalDate day = last.on().date().lastDay().plusDays(1 + random.nextInt(1500));
            Step signing = new Step("signed", dated(day, last.on().recordedOn()), sourced());
            Engagement upgrade = new Engagement(id(), "agreement", "memorandum-of-understanding", e.parts(), fields(),
                    List.of(new Step("proposed", new Dated(null, day), false), signing));
            upgrades.add(upgrade);
            supersededBy.put(e.id(), upgrade.id());
            List<Step> steps = new ArrayList<>(e.steps());
            steps.add(new Step("superseded", signing.on(), signing.sourced()));
            return new Engagement(e.id(), e.type(), e.kind(), e.parts(), e.fields(), steps, e.withdrawn());
        });
        engagements.addAll(upgrades);
    }

    /**
     * Now and then a conference or statement is corrected: other actors, fields, title and date. The corrected date
     * counts as if given when the record was first recorded (it replaces the record from the start).
     */
    private Engagement correctedAtRandom(Engagement original) {
        if (random.nextInt(3) != 0) {
            return original;
        }
        boolean conference = original.type().equals("conference");
        Dated first = original.steps().getFirst().on();
        Dated corrected = new Dated(dated(date(), null).date(), first.recordedOn());
        Engagement replaced = new Engagement(original.id(), original.type(), conference ? original.kind() + " (corrected)" : null,
                conference ? parts("host", 1, "participant", 1 + random.nextInt(3)) : parts("issuer", 1, "subject", 1 + random.nextInt(2)),
                conference ? fields() : List.of(), List.of(new Step(original.steps().getFirst().step(), corrected, sourced())));
        corrections.put(original.id(), new Correction(original, first.recordedOn().plusDays(1 + random.nextInt(2000))));
        return replaced;
    }

    private Engagement agreement() {
        List<Step> steps = new ArrayList<>();
        LocalDate day = date();
        boolean proposedFirst = random.nextBoolean();
        Dated proposed = proposedFirst ? dated(day, null) : new Dated(null, day);
        steps.add(new Step("proposed", proposed, sourced()));
        LocalDate recorded = proposed.recordedOn();
        if (!proposedFirst || random.nextInt(4) != 0) {
            day = day.plusDays(proposedFirst ? random.nextInt(400) : 0);
            // Now and then a list vouches only that it was signed by some day (ADR 7).
            boolean attested = random.nextInt(8) == 0;
            Dated signed = attested ? new Dated(PartialDate.of(day), day) : dated(day, recorded);
            steps.add(new Step(attested ? "attested" : "signed", signed, sourced()));
            recorded = signed.recordedOn();
            String state = "signed";
            for (int i = 0, n = random.nextInt(4); i < n && !state.equals("terminated") && !state.equals("expired"); i++) {
                String[] options = state.equals("suspended") ? new String[] {"reinstated", "terminated", "expired"}
                        : new String[] {"renewed", "suspended", "terminated", "expired"};
                String next = options[random.nextInt(options.length)];
                day = day.plusDays(1 + random.nextInt(2000));
                Dated on = dated(day, recorded);
                steps.add(new Step(next, on, sourced()));
                recorded = on.recordedOn();
                state = next.equals("renewed") || next.equals("reinstated") ? "signed" : next;
            }
        } else if (random.nextBoolean()) {
            steps.add(new Step("terminated", dated(day.plusDays(1 + random.nextInt(300)), recorded), sourced()));
        }
        String[] kinds = {"sister-city", "friendly-exchange", "cooperation", "memorandum-of-understanding"};
        return new Engagement(id(), "agreement", kinds[random.nextInt(kinds.length)], parts("party", 2 + random.nextInt(2), null, 0),
                fields(), steps);
    }

    private Engagement mission() {
        LocalDate start = date();
        Dated planned = dated(start, null);
        List<Step> steps = new ArrayList<>(List.of(new Step("planned", planned, sourced())));
        switch (random.nextInt(3)) {
            case 0 -> steps.add(new Step("completed", dated(start.plusDays(random.nextInt(20)), planned.recordedOn()), sourced()));
            case 1 -> steps.add(new Step("cancelled", dated(start.minusDays(random.nextInt(20)), planned.recordedOn()), sourced()));
            default -> { }
        }
        return new Engagement(id(), "mission", random.nextBoolean() ? "trade-mission" : "official-visit",
                parts("leader", 1, "host", 1 + random.nextInt(2)), fields(), steps);
    }

    /**
     * The day as a source might give it (mostly the day, else its month or year), recorded within that period or
     * after it, and not before the stream's previous event.
     */
    private Dated dated(LocalDate day, LocalDate notBefore) {
        PartialDate date = switch (random.nextInt(5)) {
            case 0 -> PartialDate.ofYear(day.getYear());
            case 1 -> PartialDate.ofMonth(YearMonth.from(day));
            default -> PartialDate.of(day);
        };
        long span = ChronoUnit.DAYS.between(date.firstDay(), date.lastDay()) + 1;
        LocalDate recorded = random.nextBoolean() ? date.firstDay().plusDays(random.nextLong(span))
                : date.lastDay().plusDays(1 + random.nextInt(3000));
        return new Dated(date, notBefore != null && recorded.isBefore(notBefore) ? notBefore : recorded);
    }

    private boolean sourced() {
        return random.nextInt(3) == 0;
    }

    /** Distinct actors: {@code first} of one role, then {@code more} of another. */
    private List<Part> parts(String role, int first, String otherRole, int more) {
        List<Actor> pool = new ArrayList<>(actors);
        Collections.shuffle(pool, random);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < first + more; i++) {
            parts.add(new Part(pool.get(i).id(), i < first ? role : otherRole));
        }
        return parts;
    }

    private List<String> fields() {
        List<String> fields = new ArrayList<>();
        for (String field : FIELDS) {
            if (random.nextInt(3) == 0) {
                fields.add(field);
            }
        }
        return fields;
    }

    private LocalDate date() {
        return LocalDate.of(1985, 1, 1).plusDays(random.nextInt(14_000));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    /** The events the write services would publish, each stream's in its order. */
    List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (Actor a : actors) {
            long version = 1;
            events.add(event("actors", a.id(), "actor.registered", 1, version++, """
                    {"actorId": "%s", "kind": "%s", "names": {"en": "Actor %s"}, "place": {%s}%s}""".formatted(a.id(),
                    a.kind(), a.id(), place(a), sources(a.sourced())), LocalDate.of(1980, 1, 1)));
            for (Membership m : memberships.stream().filter(m -> m.actor().equals(a.id())).toList()) {
                events.add(event("actors", a.id(), "actor.network-membership-started", v(m.since(), m.startSourced()),
                        version++, """
                        {"actorId": "%s", "networkId": "%s", "since": "%s"%s}""".formatted(a.id(), m.network(),
                        m.since().date(), sources(m.startSourced())), m.since().recordedOn()));
                if (m.until() != null) {
                    events.add(event("actors", a.id(), "actor.network-membership-ended", v(m.until(), m.endSourced()),
                            version++, """
                            {"actorId": "%s", "networkId": "%s", "until": "%s"%s}""".formatted(a.id(), m.network(),
                            m.until().date(), sources(m.endSourced())), m.until().recordedOn()));
                }
                if (m.withdrawn()) {
                    events.add(event("actors", a.id(), "actor.network-membership-withdrawn", 1, version++, """
                            {"actorId": "%s", "networkId": "%s", "reason": "recorded in error"%s}""".formatted(a.id(),
                            m.network(), sources(random.nextBoolean())), LATE));
                }
            }
            if (a.retired() != null) {
                events.add(event("actors", a.id(), "actor.retired", v(a.retired(), false), version++, """
                        {"actorId": "%s", "reason": "dissolved", "effectiveOn": "%s"}""".formatted(a.id(),
                        a.retired().date()), a.retired().recordedOn()));
            }
            if (merges.containsKey(a.id())) {
                events.add(event("actors", a.id(), "actor.merged", 1, version, """
                        {"actorId": "%s", "survivorId": "%s", "reason": "recorded twice"%s}""".formatted(a.id(),
                        merges.get(a.id()), sources(random.nextBoolean())), LATE));
            } else if (withdrawnActors.contains(a.id())) {
                events.add(event("actors", a.id(), "actor.withdrawn", 1, version, """
                        {"actorId": "%s", "reason": "recorded in error"}""".formatted(a.id()), LATE));
            }
        }
        for (Engagement counted : engagements) {
            Correction correction = corrections.get(counted.id());
            Engagement e = correction == null ? counted : correction.original();
            Step first = e.steps().getFirst();
            List<Event> stream = new ArrayList<>(switch (e.type()) {
                case "agreement" -> agreementEvents(e);
                case "mission" -> missionEvents(e);
                case "conference" -> {
                    boolean v2 = v(first.on(), first.sourced()) == 2;
                    yield List.of(event("conferences", e.id(), "conference.held", v2 ? 2 : 1, 1, """
                            {"conferenceId": "%s", "title": "x", "series": "%s", "host": %s, "participants": %s, "startsOn": "%s", "fields": %s%s}"""
                            .formatted(e.id(), e.kind(), actor(actorsAs(e, "host").getFirst(), v2),
                                    actors(actorsAs(e, "participant"), v2), first.on().date(), json(e.fields()),
                                    sources(first.sourced())), first.on().recordedOn()));
                }
                default -> {
                    boolean v2 = v(first.on(), first.sourced()) == 2;
                    yield List.of(event("statements", e.id(), "statement.issued", v2 ? 2 : 1, 1, """
                            {"statementId": "%s", "issuer": %s, "about": %s, "issuedOn": "%s", "title": "x"%s}"""
                            .formatted(e.id(), actor(actorsAs(e, "issuer").getFirst(), v2),
                                    actors(actorsAs(e, "subject"), v2), first.on().date(), sources(first.sourced())),
                            first.on().recordedOn()));
                }
            });
            if (correction != null) {
                stream.add(corrected(counted, correction.recordedOn()));
            }
            if (counted.withdrawn()) {
                stream.add(withdrawn(counted, stream.size() + 1));
            }
            events.addAll(stream);
        }
        return events;
    }

    /** Merges and withdrawals are recorded after everything else (the day does not matter to them). */
    private static final LocalDate LATE = LocalDate.of(2026, 11, 1);

    private Event corrected(Engagement e, LocalDate recordedOn) {
        Step held = e.steps().getFirst();
        if (e.type().equals("conference")) {
            return event("conferences", e.id(), "conference.corrected", 1, 2, """
                    {"conferenceId": "%s", "title": "y", "series": "%s", "host": %s, "participants": %s, "startsOn": "%s", "fields": %s%s}"""
                    .formatted(e.id(), e.kind(), actor(actorsAs(e, "host").getFirst(), true),
                            actors(actorsAs(e, "participant"), true), held.on().date(), json(e.fields()),
                            sources(held.sourced())), recordedOn);
        }
        return event("statements", e.id(), "statement.corrected", 1, 2, """
                {"statementId": "%s", "issuer": %s, "about": %s, "issuedOn": "%s", "title": "y"%s}"""
                .formatted(e.id(), actor(actorsAs(e, "issuer").getFirst(), true), actors(actorsAs(e, "subject"), true),
                        held.on().date(), sources(held.sourced())), recordedOn);
    }

    private Event withdrawn(Engagement e, long version) {
        String reason = "\"reason\": \"recorded in error\"" + sources(random.nextBoolean());
        return switch (e.type()) {
            case "agreement" -> event("agreements", e.id(), "agreement.withdrawn", 1, version, """
                    {"agreementId": "%s", %s, "parties": %s}""".formatted(e.id(), reason,
                    actors(actorsAs(e, "party"), true)), LATE);
            case "mission" -> event("missions", e.id(), "mission.withdrawn", 1, version, """
                    {"missionId": "%s", %s, "leader": %s, "hosts": %s}""".formatted(e.id(), reason,
                    actor(actorsAs(e, "leader").getFirst(), true), actors(actorsAs(e, "host"), true)), LATE);
            case "conference" -> event("conferences", e.id(), "conference.withdrawn", 1, version, """
                    {"conferenceId": "%s", %s}""".formatted(e.id(), reason), LATE);
            default -> event("statements", e.id(), "statement.withdrawn", 1, version, """
                    {"statementId": "%s", %s}""".formatted(e.id(), reason), LATE);
        };
    }

    private List<Event> agreementEvents(Engagement e) {
        List<Event> events = new ArrayList<>();
        Step proposed = e.steps().getFirst();
        boolean proposedV2 = proposed.on().date() == null ? proposed.sourced() || random.nextBoolean()
                : v(proposed.on(), proposed.sourced()) == 2;
        events.add(event("agreements", e.id(), "agreement.proposed", proposedV2 ? 2 : 1, 1, """
                {"agreementId": "%s", "kind": "%s", "title": "x", "parties": %s, "fields": %s%s%s}""".formatted(e.id(),
                e.kind(), actors(actorsAs(e, "party"), proposedV2), json(e.fields()),
                proposed.on().date() == null ? "" : ", \"proposedOn\": \"" + proposed.on().date() + "\"",
                sources(proposed.sourced())), proposed.on().recordedOn()));
        for (int i = 1; i < e.steps().size(); i++) {
            Step step = e.steps().get(i);
            if (step.step().equals("superseded")) {
                // Appended with the upgrade's signing: its date and sources, the parties as recorded.
                events.add(event("agreements", e.id(), "agreement.superseded", 1, i + 1, """
                        {"agreementId": "%s", "supersededBy": "%s", "supersededOn": "%s", "parties": %s%s}""".formatted(
                        e.id(), supersededBy.get(e.id()), step.on().date(), actors(actorsAs(e, "party"), true),
                        sources(step.sourced())), step.on().recordedOn()));
                continue;
            }
            String field = switch (step.step()) {
                case "signed" -> "signedOn";
                case "attested" -> "signedNoLaterThan";
                case "renewed" -> "renewedOn";
                case "suspended" -> "suspendedOn";
                case "reinstated" -> "reinstatedOn";
                case "terminated" -> "terminatedOn";
                default -> "expiredOn";
            };
            int version = v(step.on(), step.sourced());
            // Lifecycle events of v2 repeat the parties as recorded; the statistics take them from the proposal.
            String parties = version == 2 ? ", \"parties\": " + actors(actorsAs(e, "party").reversed(), true) : "";
            String type = step.step().equals("attested") ? "signing-attested" : step.step();
            events.add(event("agreements", e.id(), "agreement." + type, version, i + 1, """
                    {"agreementId": "%s", "%s": "%s", "futureField": 1%s%s}""".formatted(e.id(), field, step.on().date(),
                    parties, sources(step.sourced())), step.on().recordedOn()));
        }
        return events;
    }

    private List<Event> missionEvents(Engagement e) {
        List<Event> events = new ArrayList<>();
        Step planned = e.steps().getFirst();
        boolean v2 = v(planned.on(), planned.sourced()) == 2;
        events.add(event("missions", e.id(), "mission.planned", v2 ? 2 : 1, 1, """
                {"missionId": "%s", "kind": "%s", "leader": %s, "hosts": %s, "startsOn": "%s", "fields": %s%s}"""
                .formatted(e.id(), e.kind(), actor(actorsAs(e, "leader").getFirst(), v2), actors(actorsAs(e, "host"), v2),
                        planned.on().date(), json(e.fields()), sources(planned.sourced())), planned.on().recordedOn()));
        if (e.steps().size() > 1) {
            Step end = e.steps().get(1);
            int version = v(end.on(), end.sourced());
            String actors = version == 2 ? ", \"leader\": " + actor(actorsAs(e, "leader").getFirst(), true)
                    + ", \"hosts\": " + actors(actorsAs(e, "host"), true) : "";
            events.add(event("missions", e.id(), "mission." + end.step(), version, 2, """
                    {"missionId": "%s", "%s": "%s"%s%s}""".formatted(e.id(),
                    end.step().equals("completed") ? "completedOn" : "cancelledOn", end.on().date(), actors,
                    sources(end.sourced())), end.on().recordedOn()));
        }
        return events;
    }

    /** v1 can say a day without sources; anything else is v2, and so is about a third of the rest. */
    private int v(Dated on, boolean sourced) {
        return sourced || !on.date().isDay() || random.nextInt(3) == 0 ? 2 : 1;
    }

    static List<String> actorsAs(Engagement e, String role) {
        return e.parts().stream().filter(p -> p.role().equals(role)).map(Part::actor).toList();
    }

    /** An actor as v1 names it (its id) or as v2 does: an object with what the directory knew, here often little. */
    private String actor(String id, boolean v2) {
        if (!v2) {
            return "\"" + id + "\"";
        }
        Actor a = actors.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        if (random.nextBoolean()) {
            return "{\"actorId\": \"" + id + "\"}";
        }
        List<String> fields = new ArrayList<>(List.of("\"actorId\": \"" + id + "\"", "\"name\": \"Actor " + id + "\"",
                "\"kind\": \"" + a.kind() + "\""));
        add(fields, "country", a.country());
        add(fields, "subdivision", a.subdivision());
        return "{" + String.join(", ", fields) + "}";
    }

    private String actors(List<String> ids, boolean v2) {
        return ids.stream().map(id -> actor(id, v2)).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String sources(boolean sourced) {
        return sourced ? ", \"sources\": [{\"title\": \"A source\", \"url\": \"https://example.org/s\","
                + " \"publishedOn\": \"2019-05\"}]" : "";
    }

    private static String place(Actor a) {
        List<String> fields = new ArrayList<>();
        add(fields, "country", a.country());
        add(fields, "subdivision", a.subdivision());
        add(fields, "m49Region", a.m49Region());
        add(fields, "m49Subregion", a.m49Subregion());
        add(fields, "m49IntermediateRegion", a.m49Intermediate());
        return String.join(", ", fields);
    }

    private static void add(List<String> fields, String name, String value) {
        if (value != null) {
            fields.add("\"" + name + "\": \"" + value + "\"");
        }
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private static Event event(String topic, String stream, String name, int schemaVersion, long version, String payload,
            LocalDate recordedOn) {
        return new Event("paradiplomacy." + topic + ".v1", stream, UUID.randomUUID().toString(),
                "org.paradiplomacy." + name + ".v" + schemaVersion, version, payload,
                recordedOn.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
