package org.paradiplomacy.eventcontracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The changes between a published event schema and a new one that its readers cannot take: a field removed, its
 * type or format changed, an allowed value dropped, a field newly required. Adding an optional field, or a value
 * to an enumeration, is compatible (readers ignore what they do not know).
 */
public final class SchemaChanges {

    private SchemaChanges() {
    }

    /** Each breaking change, as "field x.y ...". */
    public static List<String> breaking(JsonNode published, JsonNode proposed) {
        List<String> changes = new ArrayList<>();
        compare("", published, proposed, changes);
        return changes;
    }

    private static void compare(String path, JsonNode published, JsonNode proposed, List<String> changes) {
        String field = path.isEmpty() ? "the payload" : "field " + path;
        if (!Objects.equals(published.path("type").asText(null), proposed.path("type").asText(null))) {
            changes.add(field + " changed type from " + published.path("type").asText("any") + " to "
                    + proposed.path("type").asText("any"));
            return;
        }
        if (!Objects.equals(published.path("format").asText(null), proposed.path("format").asText(null))) {
            changes.add(field + " changed format from " + published.path("format").asText("none") + " to "
                    + proposed.path("format").asText("none"));
        }
        if (published.has("enum")) {
            Set<String> allowed = texts(proposed.path("enum"));
            texts(published.path("enum")).stream().filter(value -> !proposed.has("enum") || !allowed.contains(value))
                    .sorted().forEach(value -> changes.add(field + " no longer allows \"" + value + "\""));
        }
        if (published.has("items")) {
            compare(path + "[]", published.path("items"), proposed.path("items"), changes);
        }
        published.path("properties").fieldNames().forEachRemaining(name -> {
            String child = path.isEmpty() ? name : path + "." + name;
            if (!proposed.path("properties").has(name)) {
                changes.add("field " + child + " was removed");
            } else {
                compare(child, published.path("properties").path(name), proposed.path("properties").path(name), changes);
            }
        });
        Set<String> wasRequired = texts(published.path("required"));
        texts(proposed.path("required")).stream().filter(name -> !wasRequired.contains(name)).sorted()
                .forEach(name -> changes.add("field " + (path.isEmpty() ? name : path + "." + name) + " became required"));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
