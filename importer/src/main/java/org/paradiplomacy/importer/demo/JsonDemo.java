package org.paradiplomacy.importer.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.paradiplomacy.importer.client.ObservatoryClient;
import org.paradiplomacy.importer.client.ObservatoryClient.Api;
import org.paradiplomacy.importer.source.ListFile;

/**
 * The hand-made demo of deploy/local/demo: {@code actors.json} (actors and memberships) and
 * {@code engagements.json} (agreements, missions, conferences, statements naming actors by their key). Each
 * request carries the Idempotency-Key the demo has always used ({@code demo-actor-<key>}, {@code demo-agreement-<key>}
 * ...), so a stack loaded before replays instead of recording twice; each record cites the record's {@code source}
 * and the file it comes from.
 */
final class JsonDemo {

    /** Per engagement type: its section, the properties naming one actor and those naming a list of actors. */
    private record Type(String kind, String section, String path, List<String> one, List<String> many) {
    }

    private static final List<Type> TYPES = List.of(
            new Type("agreements", "agreements", "/api/v1/agreements", List.of(), List.of("parties")),
            new Type("missions", "missions", "/api/v1/missions", List.of("leader"), List.of("hosts")),
            new Type("conferences", "conferences", "/api/v1/conferences", List.of("host"), List.of("participants")),
            new Type("statements", "statements", "/api/v1/statements", List.of("issuer"), List.of("about")));
    private static final int TITLE = 300;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Writes writes;
    private final Map<String, String> actorIds = new HashMap<>();
    private final Set<String> named = new LinkedHashSet<>();
    private final JsonNode actors;
    private final String actorsFile;
    private final JsonNode engagements;
    private final String engagementsFile;

    /**
     * Reads and checks both files before anything is posted: unique keys of letters, digits, dot, dash or
     * underscore; parents earlier in the file; every actor, agreement and network a record names in the files.
     */
    JsonDemo(Writes writes, Path actorsPath, Path engagementsPath) throws ListFile.Unreadable {
        this.writes = writes;
        this.actors = read(actorsPath);
        this.actorsFile = actorsPath.getFileName().toString();
        this.engagements = engagementsPath == null ? null : read(engagementsPath);
        this.engagementsFile = engagementsPath == null ? null : engagementsPath.getFileName().toString();
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int index = 0;
        for (JsonNode record : actors.path("actors")) {
            String at = "actors[" + index++ + "]";
            String key = key(record, at, keys, problems);
            if (!record.path("actor").isObject()) {
                problems.add(at + " (" + key + ") has no \"actor\" body");
            }
            String parent = record.path("parent").asText(null);
            if (parent != null && !keys.contains(parent)) {
                problems.add(at + " (" + key + "): its parent '" + parent + "' must come earlier in the file");
            }
        }
        index = 0;
        for (JsonNode record : actors.path("memberships")) {
            String at = "memberships[" + index++ + "]";
            for (String field : List.of("actor", "network")) {
                if (!keys.contains(record.path(field).asText())) {
                    problems.add(at + ": no actor with key '" + record.path(field).asText() + "' in the file");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ListFile.Unreadable(actorsFile + " is not valid:\n  " + String.join("\n  ", problems));
        }
        if (engagements != null) {
            check(keys, problems);
            if (!problems.isEmpty()) {
                throw new ListFile.Unreadable(engagementsFile + " is not valid:\n  " + String.join("\n  ", problems));
            }
        }
    }

    private void check(Set<String> actorKeys, List<String> problems) {
        Set<String> agreements = new HashSet<>();
        for (Type type : TYPES) {
            Set<String> keys = new HashSet<>();
            int index = 0;
            for (JsonNode record : engagements.path(type.section())) {
                String at = type.section() + "[" + index++ + "]";
                String key = key(record, at, keys, problems);
                JsonNode body = record.path(singular(type));
                if (!body.isObject()) {
                    problems.add(at + " (" + key + ") has no \"" + singular(type) + "\" body");
                    continue;
                }
                List<String> names = new ArrayList<>();
                type.one().forEach(field -> names.add(body.path(field).asText(null)));
                type.many().forEach(field -> body.path(field).forEach(actor -> names.add(actor.asText())));
                names.stream().filter(n -> n != null && !actorKeys.contains(n)).forEach(n -> problems.add(at + " ("
                        + key + ") names actor '" + n + "', which is not in the actors file"));
                if (body.hasNonNull("upgrades") && !agreements.contains(body.path("upgrades").asText())) {
                    problems.add(at + " (" + key + "): upgrades must be the key of an agreement earlier in the file");
                }
                record.path("completion").path("agreementsSigned").forEach(a -> {
                    if (!agreements.contains(a.asText())) {
                        problems.add(at + " (" + key + "): completion names agreement '" + a.asText()
                                + "', which is not earlier in the file");
                    }
                });
                if (type.kind().equals("agreements")) {
                    agreements.add(key);
                }
                named.addAll(names.stream().filter(n -> n != null).toList());
            }
        }
    }

    private static String key(JsonNode record, String at, Set<String> keys, List<String> problems) {
        String key = record.path("key").asText("");
        if (!KEY.matcher(key).matches()) {
            problems.add(at + " needs a key of letters, digits, dot, dash or underscore");
        } else if (!keys.add(key)) {
            problems.add(at + ": key '" + key + "' is used twice");
        }
        return key;
    }

    private static String singular(Type type) {
        return type.section().substring(0, type.section().length() - 1);
    }

    /** Registers the actors (parents first, as the file orders them) and their memberships. */
    void loadActors() {
        String name = actorsFile;
        for (JsonNode record : actors.path("actors")) {
            String key = record.path("key").asText();
            ObjectNode body = ((ObjectNode) record.path("actor")).deepCopy();
            String parent = record.path("parent").asText(null);
            if (parent != null && !actorIds.containsKey(parent)) {
                writes.refuse("actors", name, 0, "actor '" + key + "': its parent '" + parent + "' was not recorded");
                continue;
            }
            if (parent != null) {
                body.put("parentId", actorIds.get(parent));
            }
            String id = writes.post("actors", Api.ACTORS, "/api/v1/actors", sourced(body, record, name, "actor " + key),
                    body, "demo-actor-" + key, name, 0, "actor '" + key + "'");
            if (id != null) {
                actorIds.put(key, id);
            }
        }
        for (JsonNode record : actors.path("memberships")) {
            String actor = record.path("actor").asText();
            String network = record.path("network").asText();
            String what = "the membership of '" + actor + "' in '" + network + "'";
            if (!actorIds.containsKey(actor) || !actorIds.containsKey(network)) {
                writes.refuse("memberships", name, 0, what + ": names an actor that is not recorded");
                continue;
            }
            ObjectNode body = ObservatoryClient.json().createObjectNode().put("networkId", actorIds.get(network))
                    .put("since", record.path("since").asText());
            if (record.hasNonNull("role")) {
                body.put("role", record.path("role").asText());
            }
            writes.post("memberships", Api.ACTORS, "/api/v1/actors/" + actorIds.get(actor) + "/memberships",
                    sourced(body, record, name, "membership " + actor + " in " + network), body,
                    "demo-membership-" + actor + "-" + network, name, 0, what);
        }
    }

    /** The ids of the actors the engagements name. */
    List<String> namedActorIds() {
        return named.stream().filter(actorIds::containsKey).map(actorIds::get).toList();
    }

    void loadEngagements() {
        if (engagements == null) {
            return;
        }
        Map<String, String> agreementIds = new HashMap<>();
        for (Type type : TYPES) {
            String singular = singular(type);
            for (JsonNode record : engagements.path(type.section())) {
                String key = record.path("key").asText();
                ObjectNode body = ((ObjectNode) record.path(singular)).deepCopy();
                String missing = withIds(body, type);
                if (missing == null && body.hasNonNull("upgrades")) {
                    String upgraded = agreementIds.get(body.path("upgrades").asText());
                    missing = upgraded == null ? "the agreement it upgrades, '" + body.path("upgrades").asText() + "'" : null;
                    body.put("upgrades", upgraded);
                }
                if (missing != null) {
                    writes.refuse(type.kind(), engagementsFile, 0, singular + " '" + key + "' names " + missing
                            + ", which is not recorded");
                    continue;
                }
                String id = writes.post(type.kind(), Api.AGREEMENTS, type.path(),
                        sourced(body, record, engagementsFile, singular + " " + key), body, "demo-" + singular + "-" + key,
                        engagementsFile, 0, singular + " '" + key + "'");
                if (id != null && type.kind().equals("agreements")) {
                    agreementIds.put(key, id);
                }
                if (id != null && record.path("completion").isObject()) {
                    ObjectNode completion = ((ObjectNode) record.path("completion")).deepCopy();
                    if (completion.has("agreementsSigned")) {
                        ArrayNode ids = ObservatoryClient.json().createArrayNode();
                        completion.path("agreementsSigned").forEach(a -> ids.add(agreementIds.get(a.asText())));
                        completion.set("agreementsSigned", ids);
                    }
                    writes.step(type.kind(), "/api/v1/missions/" + id + "/completion",
                            sourced(completion, record, engagementsFile, "mission " + key), completion,
                            "demo-mission-completion-" + key, engagementsFile, 0, "the completion of mission '" + key + "'");
                }
            }
        }
    }

    /** Replaces actor keys by ids; the first key not recorded, or null. */
    private String withIds(ObjectNode body, Type type) {
        for (String field : type.one()) {
            if (body.has(field)) {
                String id = actorIds.get(body.path(field).asText());
                if (id == null) {
                    return "actor '" + body.path(field).asText() + "'";
                }
                body.put(field, id);
            }
        }
        for (String field : type.many()) {
            if (body.has(field)) {
                ArrayNode ids = ObservatoryClient.json().createArrayNode();
                for (JsonNode key : body.path(field)) {
                    String id = actorIds.get(key.asText());
                    if (id == null) {
                        return "actor '" + key.asText() + "'";
                    }
                    ids.add(id);
                }
                body.set(field, ids);
            }
        }
        return null;
    }

    /** The body with its sources: the record's {@code source} text and the demo file it comes from. */
    private static ObjectNode sourced(ObjectNode body, JsonNode record, String file, String what) {
        ObjectNode sourced = body.deepCopy();
        ArrayNode sources = sourced.putArray("sources");
        String source = record.path("source").asText("");
        if (!source.isBlank()) {
            sources.addObject().put("title", EngagementList.shorten(source, TITLE));
        }
        sources.addObject().put("title", file + ", " + what).put("publisher", "Paradiplomacy Observatory demo data");
        return sourced;
    }

    private static JsonNode read(Path file) throws ListFile.Unreadable {
        try {
            return ObservatoryClient.json().readTree(file.toFile());
        } catch (IOException e) {
            throw new ListFile.Unreadable("cannot read " + file + " as JSON: " + e.getMessage());
        }
    }
}
