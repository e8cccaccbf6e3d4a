package org.paradiplomacy.analytics.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A random but valid history of the Observatory, deterministic from its seed: actors placed in Chinese and Latin
 * American regions (and placeless networks), memberships, and agreements, missions, conferences and statements
 * with dated lifecycles. It knows the events the write services would have published for it.
 */
final class History {

    record Actor(String id, String kind, String country, String subdivision, String m49Region, String m49Subregion,
            String m49Intermediate, LocalDate retiredOn) {
    }

    record Membership(String actor, String network, LocalDate since, LocalDate until) {
    }

    record Part(String actor, String role) {
    }

    record Step(String step, LocalDate on) {
    }

    record Engagement(String id, String type, String kind, List<Part> parts, List<String> fields, List<Step> steps) {
    }

    /** One published event: its topic, stream, id, CloudEvents type, stream version and JSON payload. */
    record Event(String topic, String stream, String id, String type, long version, String payload) {
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
    private final Random random;

    History(long seed) {
        random = new Random(seed);
        int places = 10 + random.nextInt(10);
        for (int i = 0; i < places; i++) {
            String[] p = PLACES[random.nextInt(PLACES.length)];
            actors.add(new Actor(id(), random.nextBoolean() ? "city" : "province", p[0], p[1], p[2], p[3], p[4],
                    random.nextInt(8) == 0 ? date() : null));
        }
        List<Actor> placed = List.copyOf(actors);
        for (int i = 0; i < 2; i++) {
            actors.add(new Actor(id(), "network", null, null, null, null, null, null));
        }
        for (Actor actor : placed) {
            if (random.nextInt(3) == 0) {
                LocalDate since = date();
                memberships.add(new Membership(actor.id(), actors.get(placed.size() + random.nextInt(2)).id(), since,
                        random.nextBoolean() ? null : since.plusDays(1 + random.nextInt(3000))));
            }
        }
        for (int i = 0, n = 10 + random.nextInt(20); i < n; i++) {
            engagements.add(agreement());
        }
        for (int i = 0, n = random.nextInt(10); i < n; i++) {
            engagements.add(mission());
        }
        for (int i = 0, n = random.nextInt(6); i < n; i++) {
            engagements.add(new Engagement(id(), "conference", "Forum " + i, parts("host", 1, "participant", 1 + random.nextInt(3)),
                    fields(), List.of(new Step("held", date()))));
        }
        for (int i = 0, n = random.nextInt(6); i < n; i++) {
            engagements.add(new Engagement(id(), "statement", null, parts("issuer", 1, "subject", 1 + random.nextInt(2)),
                    List.of(), List.of(new Step("issued", date()))));
        }
    }

    private Engagement agreement() {
        List<Step> steps = new ArrayList<>();
        LocalDate day = date();
        boolean proposedFirst = random.nextBoolean();
        steps.add(new Step("proposed", proposedFirst ? day : null));
        if (!proposedFirst || random.nextInt(4) != 0) {
            day = day.plusDays(proposedFirst ? random.nextInt(400) : 0);
            steps.add(new Step("signed", day));
            String state = "signed";
            for (int i = 0, n = random.nextInt(4); i < n && !state.equals("terminated") && !state.equals("expired"); i++) {
                String[] options = state.equals("suspended") ? new String[] {"reinstated", "terminated", "expired"}
                        : new String[] {"renewed", "suspended", "terminated", "expired"};
                String next = options[random.nextInt(options.length)];
                day = day.plusDays(1 + random.nextInt(2000));
                steps.add(new Step(next, day));
                state = next.equals("renewed") || next.equals("reinstated") ? "signed" : next;
            }
        } else if (random.nextBoolean()) {
            steps.add(new Step("terminated", day.plusDays(1 + random.nextInt(300))));
        }
        String[] kinds = {"sister-city", "friendly-exchange", "cooperation", "memorandum-of-understanding"};
        return new Engagement(id(), "agreement", kinds[random.nextInt(kinds.length)], parts("party", 2 + random.nextInt(2), null, 0),
                fields(), steps);
    }

    private Engagement mission() {
        LocalDate start = date();
        List<Step> steps = new ArrayList<>(List.of(new Step("planned", start)));
        switch (random.nextInt(3)) {
            case 0 -> steps.add(new Step("completed", start.plusDays(random.nextInt(20))));
            case 1 -> steps.add(new Step("cancelled", start.minusDays(random.nextInt(20))));
            default -> { }
        }
        return new Engagement(id(), "mission", random.nextBoolean() ? "trade-mission" : "official-visit",
                parts("leader", 1, "host", 1 + random.nextInt(2)), fields(), steps);
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
            events.add(event("actors", a.id(), "actor.registered", version++, """
                    {"actorId": "%s", "kind": "%s", "names": {"en": "Actor %s"}, "place": {%s}}""".formatted(a.id(),
                    a.kind(), a.id(), place(a))));
            for (Membership m : memberships.stream().filter(m -> m.actor().equals(a.id())).toList()) {
                events.add(event("actors", a.id(), "actor.network-membership-started", version++, """
                        {"actorId": "%s", "networkId": "%s", "since": "%s"}""".formatted(a.id(), m.network(), m.since())));
                if (m.until() != null) {
                    events.add(event("actors", a.id(), "actor.network-membership-ended", version++, """
                            {"actorId": "%s", "networkId": "%s", "until": "%s"}""".formatted(a.id(), m.network(), m.until())));
                }
            }
            if (a.retiredOn() != null) {
                events.add(event("actors", a.id(), "actor.retired", version, """
                        {"actorId": "%s", "reason": "dissolved", "effectiveOn": "%s"}""".formatted(a.id(), a.retiredOn())));
            }
        }
        for (Engagement e : engagements) {
            events.addAll(switch (e.type()) {
                case "agreement" -> agreementEvents(e);
                case "mission" -> missionEvents(e);
                case "conference" -> List.of(event("conferences", e.id(), "conference.held", 1, """
                        {"conferenceId": "%s", "title": "x", "series": "%s", "host": "%s", "participants": %s, "startsOn": "%s", "fields": %s}"""
                        .formatted(e.id(), e.kind(), actorsAs(e, "host").getFirst(), json(actorsAs(e, "participant")),
                                e.steps().getFirst().on(), json(e.fields()))));
                default -> List.of(event("statements", e.id(), "statement.issued", 1, """
                        {"statementId": "%s", "issuer": "%s", "about": %s, "issuedOn": "%s", "title": "x"}"""
                        .formatted(e.id(), actorsAs(e, "issuer").getFirst(), json(actorsAs(e, "subject")),
                                e.steps().getFirst().on())));
            });
        }
        return events;
    }

    private List<Event> agreementEvents(Engagement e) {
        List<Event> events = new ArrayList<>();
        Step proposed = e.steps().getFirst();
        events.add(event("agreements", e.id(), "agreement.proposed", 1, """
                {"agreementId": "%s", "kind": "%s", "title": "x", "parties": %s, "fields": %s%s}""".formatted(e.id(),
                e.kind(), json(actorsAs(e, "party")), json(e.fields()),
                proposed.on() == null ? "" : ", \"proposedOn\": \"" + proposed.on() + "\"")));
        for (int i = 1; i < e.steps().size(); i++) {
            Step step = e.steps().get(i);
            String field = switch (step.step()) {
                case "signed" -> "signedOn";
                case "renewed" -> "renewedOn";
                case "suspended" -> "suspendedOn";
                case "reinstated" -> "reinstatedOn";
                case "terminated" -> "terminatedOn";
                default -> "expiredOn";
            };
            events.add(event("agreements", e.id(), "agreement." + step.step(), i + 1, """
                    {"agreementId": "%s", "%s": "%s", "futureField": 1}""".formatted(e.id(), field, step.on())));
        }
        return events;
    }

    private List<Event> missionEvents(Engagement e) {
        List<Event> events = new ArrayList<>();
        events.add(event("missions", e.id(), "mission.planned", 1, """
                {"missionId": "%s", "kind": "%s", "leader": "%s", "hosts": %s, "startsOn": "%s", "fields": %s}"""
                .formatted(e.id(), e.kind(), actorsAs(e, "leader").getFirst(), json(actorsAs(e, "host")),
                        e.steps().getFirst().on(), json(e.fields()))));
        if (e.steps().size() > 1) {
            Step end = e.steps().get(1);
            events.add(event("missions", e.id(), "mission." + end.step(), 2, """
                    {"missionId": "%s", "%s": "%s"}""".formatted(e.id(),
                    end.step().equals("completed") ? "completedOn" : "cancelledOn", end.on())));
        }
        return events;
    }

    static List<String> actorsAs(Engagement e, String role) {
        return e.parts().stream().filter(p -> p.role().equals(role)).map(Part::actor).toList();
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

    private static Event event(String topic, String stream, String name, long version, String payload) {
        return new Event("paradiplomacy." + topic + ".v1", stream, UUID.randomUUID().toString(),
                "org.paradiplomacy." + name + ".v1", version, payload);
    }
}
