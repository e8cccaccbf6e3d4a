package org.paradiplomacy.importer.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.paradiplomacy.importer.client.ExistingActor;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.client.ObservatoryClient.Outcome;
import org.paradiplomacy.importer.client.RecordedActor;
import org.paradiplomacy.importer.matching.NameKey;

/**
 * Finds the actor a {@link Party} is among those actors-service holds, or registers it. A province is the province
 * of its subdivision; a city or district one of that kind in its country with a matching name or alias and no other
 * subdivision; a national body, network or forum one of its kind with a matching name or alias. An actor to
 * register is registered once, with the sources of the first row that names it, and an Idempotency-Key derived
 * from what identifies it, so running the loader again finds it instead of registering it twice. When
 * actors-service refuses the registration as a likely duplicate, the actor it names is the party (of several, the
 * one in the party's subdivision; otherwise the party is refused as ambiguous).
 */
final class ActorBook {

    /** What became of the actors the rows name. */
    record Tally(int matched, int matchedExisting, int created, int replayed, List<String> refused) {
    }

    private final ObservatoryClient client;
    private final List<RecordedActor> recorded;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final List<String> registered = new ArrayList<>();
    private int matched;
    private int matchedExisting;
    private int created;
    private int replayed;

    ActorBook(ObservatoryClient client) {
        this.client = client;
        this.recorded = new ArrayList<>(client.recordedActors());
    }

    /** The actor's id, found or registered with the given sources; null when actors-service refused it. */
    String id(Party party, ArrayNode sources) {
        String identity = party.identity();
        if (ids.containsKey(identity)) {
            return ids.get(identity);
        }
        if (problems.containsKey(identity)) {
            return null;
        }
        RecordedActor found = find(party);
        if (found != null) {
            matched++;
            ids.put(identity, found.id());
            return found.id();
        }
        Outcome outcome = client.registerActor(body(party, sources), "real-actor-" + EngagementList.digest(identity));
        if (outcome.likelyDuplicate()) {
            switch (ExistingActor.choose(outcome.candidates(), party.subdivision())) {
                case ExistingActor.Chosen chosen -> {
                    matchedExisting++;
                    ids.put(identity, chosen.actor().actorId());
                    return chosen.actor().actorId();
                }
                case ExistingActor.Ambiguous ambiguous -> {
                    problems.put(identity, party.label() + " is ambiguous: " + ambiguous.reason());
                    return null;
                }
            }
        }
        if (!outcome.created()) {
            problems.put(identity, party.label() + ": " + outcome.problem());
            return null;
        }
        if (outcome.replayed()) {
            replayed++;
        } else {
            created++;
        }
        ids.put(identity, outcome.id());
        registered.add(outcome.id());
        recorded.add(new RecordedActor(outcome.id(), party.kind(), party.country(), party.subdivision(),
                List.of(party.name())));
        return outcome.id();
    }

    /** Why actors-service refused the party, if it did. */
    String problem(Party party) {
        return problems.get(party.identity());
    }

    /** The ids registered in this run: agreements-service must know them before engagements name them. */
    List<String> registered() {
        return registered;
    }

    Tally tally() {
        return new Tally(matched, matchedExisting, created, replayed, List.copyOf(problems.values()));
    }

    private RecordedActor find(Party party) {
        String key = NameKey.of(party.name());
        RecordedActor best = null;
        for (RecordedActor actor : recorded) {
            boolean same = switch (party.kind()) {
                case "province" -> "province".equals(actor.kind()) && Objects.equals(actor.subdivision(), party.subdivision());
                case "city", "district" -> Set.of("city", "district").contains(actor.kind())
                        && Objects.equals(actor.country(), party.country()) && named(actor, key)
                        && (actor.subdivision() == null || party.subdivision() == null
                                || actor.subdivision().equals(party.subdivision()));
                case "network", "forum" -> Set.of("network", "forum").contains(actor.kind()) && named(actor, key);
                default -> party.kind().equals(actor.kind()) && named(actor, key)
                        && (actor.country() == null || Objects.equals(actor.country(), party.country()));
            };
            if (same && (best == null || Objects.equals(actor.subdivision(), party.subdivision()))) {
                best = actor;
            }
        }
        return best;
    }

    private static boolean named(RecordedActor actor, String key) {
        return actor.names().stream().anyMatch(name -> NameKey.of(name).equals(key));
    }

    private static ObjectNode body(Party party, ArrayNode sources) {
        ObjectNode body = ObservatoryClient.json().createObjectNode();
        body.put("kind", party.kind());
        body.putObject("names").put("en", party.name());
        if (party.country() != null) {
            body.put("country", party.country());
        }
        if (party.subdivision() != null) {
            body.put("subdivision", party.subdivision());
        }
        body.set("sources", sources);
        return body;
    }
}
