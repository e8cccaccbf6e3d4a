package org.paradiplomacy.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.paradiplomacy.system.FaultFigures.Count;
import org.paradiplomacy.system.WriteLoad.Operation;
import org.paradiplomacy.system.WriteLoad.Write;

/**
 * Every acknowledged write is stored exactly once: each record a client was told was created is listed, once
 * (no second record carries its name or title, which embed its Idempotency-Key), and each acknowledged step is in
 * its stream's history once, at the version its acknowledgement gave. A write that was never acknowledged may
 * be stored, but at most once. And every stored event is accounted for by some write.
 */
final class StoreAudit {

    private StoreAudit() {
    }

    /**
     * Audits the writes against the services' data, counting into the figures, and returns which write's phase
     * each stored event ({@code <stream id>#<version>}) belongs to. An acknowledged record missing from its list is
     * looked up by its history, to tell a lost write from a read-model defect.
     */
    static Map<String, String> audit(List<Write> writes, WrittenData data,
            Function<Write, List<JsonNode>> historyOfUnlisted, FaultFigures figures) {
        Map<String, List<String>> names = idsBy(data.actors.values(), a -> a.path("names").path("en").asText());
        Map<String, List<String>> titles = idsBy(data.agreements.values(), a -> a.path("title").asText());
        Map<String, String> phaseOfEvent = new HashMap<>();
        Set<String> explained = new HashSet<>();
        for (Write write : writes) {
            figures.add(write.phase, Count.ATTEMPTED, 1);
            figures.add(write.phase, Count.RETRIED, write.attempts > 1 ? 1 : 0);
            if (!write.acknowledged()) {
                figures.problem(write.phase, Count.UNANSWERED, write.operation + " " + write.key + " "
                        + write.outcome + " after " + write.attempts + " attempts: " + write.problem);
            } else {
                figures.add(write.phase, Count.ACKNOWLEDGED, 1);
                figures.add(write.phase, Count.REPLAYED, write.replayed ? 1 : 0);
            }
            boolean actor = write.operation.actorsService;
            if (write.operation.creates()) {
                List<String> stored = (actor ? names : titles).getOrDefault(write.label, List.of());
                if (stored.size() > 1) {
                    figures.add(write.phase, Count.STORE_DUPLICATED, stored.size() - 1);
                    figures.problem("[" + write.phase + "] " + stored.size() + " records named '" + write.label
                            + "': " + stored);
                }
                // The creating events of every record made for this key are accounted for: by this write, or by
                // the duplicate just counted (an unacknowledged write may have been stored, once).
                int created = write.operation == Operation.RECORD_SIGNED_AGREEMENT ? 2 : 1;
                stored.forEach(id -> {
                    for (int v = 1; v <= created; v++) {
                        explained.add(id + "#" + v);
                    }
                });
                if (write.acknowledged()) {
                    auditCreation(write, actor ? data.actors : data.agreements, data, historyOfUnlisted,
                            figures, phaseOfEvent, explained);
                }
            } else {
                auditStep(write, data, figures, phaseOfEvent, explained);
            }
        }
        data.histories.forEach((stream, history) -> {
            for (int i = 0; i < history.size(); i++) {
                long version = history.get(i).path("version").asLong();
                if (version != i + 1) {
                    figures.problem(stream + "'s history has version " + version + " in place " + (i + 1));
                }
                if (!explained.contains(stream + "#" + version)) {
                    figures.problem(FaultFigures.UNATTRIBUTED, Count.STORE_DUPLICATED, "stream " + stream
                            + " has an event no write accounts for: v" + version + " " + history.get(i).path("type").asText());
                }
            }
            JsonNode record = data.actors.containsKey(stream) ? data.actors.get(stream) : data.agreements.get(stream);
            if (record.path("version").asLong() != history.size()) {
                figures.problem(stream + " is at version " + record.path("version").asLong() + " but its history has "
                        + history.size() + " events");
            }
        });
        data.listedTwice.forEach(id -> figures.problem(id + " appears twice in its list"));
        return phaseOfEvent;
    }

    private static void auditCreation(Write write, Map<String, JsonNode> listed, WrittenData data,
            Function<Write, List<JsonNode>> historyOfUnlisted, FaultFigures figures, Map<String, String> phaseOfEvent,
            Set<String> explained) {
        if (write.streamId == null) {
            figures.problem(write.phase, Count.STORE_LOST, write.key + " was acknowledged without an id");
            return;
        }
        if (write.location == null || !write.location.endsWith("/" + write.streamId)) {
            figures.problem("[" + write.phase + "] " + write.key + ": Location " + write.location + " does not name "
                    + write.streamId);
        }
        for (long v = 1; v <= write.version; v++) {
            phaseOfEvent.put(write.streamId + "#" + v, write.phase);
            explained.add(write.streamId + "#" + v);
        }
        JsonNode record = listed.get(write.streamId);
        if (record == null) {
            boolean stored = !historyOfUnlisted.apply(write).isEmpty();
            figures.problem(write.phase, Count.STORE_LOST, write.operation + " " + write.key + " acknowledged as "
                    + write.streamId + (stored ? ", stored but missing from the list" : ", not stored"));
            return;
        }
        String label = write.operation.actorsService ? record.path("names").path("en").asText() : record.path("title").asText();
        if (!label.equals(write.label)) {
            figures.problem("[" + write.phase + "] " + write.streamId + " is named '" + label + "', not '" + write.label + "'");
        }
        if (!matches(eventAt(data.histories.get(write.streamId), write.version), write)) {
            figures.problem(write.phase, Count.STORE_LOST, write.operation + " " + write.key + ": no "
                    + write.operation.event + " at v" + write.version + " of " + write.streamId);
        }
    }

    private static void auditStep(Write write, WrittenData data, FaultFigures figures,
            Map<String, String> phaseOfEvent, Set<String> explained) {
        List<JsonNode> history = data.histories.getOrDefault(write.streamId, List.of());
        List<JsonNode> matching = history.stream().filter(event -> matches(event, write)).toList();
        if (matching.size() > 1) {
            figures.problem(write.phase, Count.STORE_DUPLICATED, write.operation + " " + write.key + " is in "
                    + write.streamId + "'s history " + matching.size() + " times");
        }
        matching.forEach(event -> explained.add(write.streamId + "#" + event.path("version").asLong()));
        if (!write.acknowledged()) {
            return;
        }
        phaseOfEvent.put(write.streamId + "#" + write.version, write.phase);
        if (matching.isEmpty()) {
            figures.problem(write.phase, Count.STORE_LOST, write.operation + " " + write.key + " on " + write.streamId
                    + " acknowledged at v" + write.version + " but not in its history");
        } else if (!matches(eventAt(history, write.version), write)) {
            figures.problem("[" + write.phase + "] " + write.operation + " " + write.key + " acknowledged at v"
                    + write.version + " but stored at v" + matching.getFirst().path("version").asLong());
        }
    }

    /** Whether the event is the one the write asked for: its type, and the date the write gave. */
    private static boolean matches(JsonNode event, Write write) {
        Operation operation = write.operation;
        return event != null && event.path("type").asText().equals(operation.event)
                && (operation.dateField == null || event.path("data").path(operation.dateField).asText()
                        .equals(write.date.toString()));
    }

    private static JsonNode eventAt(List<JsonNode> history, long version) {
        return history == null || version < 1 || version > history.size() ? null : history.get((int) version - 1);
    }

    private static Map<String, List<String>> idsBy(Iterable<JsonNode> records, Function<JsonNode, String> label) {
        Map<String, List<String>> ids = new HashMap<>();
        records.forEach(record -> ids.computeIfAbsent(label.apply(record), l -> new ArrayList<>())
                .add(record.path("id").asText()));
        return ids;
    }
}
