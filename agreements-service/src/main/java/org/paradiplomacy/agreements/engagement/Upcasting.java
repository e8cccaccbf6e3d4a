package org.paradiplomacy.agreements.engagement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.paradiplomacy.eventsourcing.aggregate.Upcaster;

/**
 * The steps from version 1 of the engagement events to version 2, which they share: an actor named by its id
 * becomes {@code {"actorId": id}}, a list of ids a list of those; dates stay, a v1 day being a valid v2 date.
 */
public final class Upcasting {

    private Upcasting() {
    }

    /** An upcaster from version 1 that turns the named fields, each an id or a list of ids, into snapshots. */
    public static Upcaster actorsOf(String eventType, String... fields) {
        return new Upcaster(eventType, 1, payload -> {
            for (String field : fields) {
                JsonNode value = payload.get(field);
                if (value != null && value.isTextual()) {
                    payload.set(field, snapshot(payload, value.asText()));
                } else if (value != null && value.isArray()) {
                    ArrayNode snapshots = payload.arrayNode();
                    value.forEach(id -> snapshots.add(id.isTextual() ? snapshot(payload, id.asText()) : id));
                    payload.set(field, snapshots);
                }
            }
            return payload;
        });
    }

    /** Upcasters from version 1 of events whose v2 only adds optional fields (parties, sources). */
    public static List<Upcaster> unchanged(String... eventTypes) {
        return Stream.of(eventTypes).map(type -> new Upcaster(type, 1, payload -> payload)).toList();
    }

    private static ObjectNode snapshot(ObjectNode payload, String id) {
        return payload.objectNode().put("actorId", id);
    }
}
