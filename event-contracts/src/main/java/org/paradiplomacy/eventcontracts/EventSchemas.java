package org.paradiplomacy.eventcontracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;

/**
 * The JSON Schema (draft 2020-12) of every event of a sealed family, derived from its records as
 * {@link EventJson} writes them: the contract a subscriber can validate against. The stream id (the first
 * component), primitive components and those annotated {@code @Schema(required = true)} are required; others may
 * be absent; unknown properties are allowed, since a later schema version may add optional ones. A component's
 * OpenAPI {@link Schema} annotation (on the record component) gives its description and format, and a value
 * type's (on its class) the string form it is written in.
 */
public final class EventSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EventSchemas() {
    }

    /** Each event's schema as pretty JSON, keyed by its CloudEvents type. */
    public static Map<String, String> of(Class<?> family, String streamType) {
        Map<String, String> schemas = new TreeMap<>();
        for (Class<?> event : family.getPermittedSubclasses()) {
            String type = CloudEvents.type(streamType, event.getSimpleName(), EventCodec.schemaVersion(event));
            ObjectNode schema = JSON.objectNode()
                    .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                    .put("$id", CloudEvents.schemaId(type))
                    .put("title", event.getSimpleName())
                    .put("description", "The payload of " + type + " events on the topic of " + streamType + " streams");
            schema.setAll(objectOf(event, true));
            try {
                schemas.put(type, EventJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return schemas;
    }

    private static ObjectNode objectOf(Class<?> record, boolean firstRequired) {
        ObjectNode object = JSON.objectNode().put("type", "object");
        ObjectNode properties = object.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        RecordComponent[] components = record.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            ObjectNode property = schemaOf(component.getGenericType());
            Schema documented = component.getAccessor().getAnnotation(Schema.class);
            if (documented != null && !documented.description().isEmpty()) {
                property.put("description", documented.description());
            }
            if (documented != null && !documented.format().isEmpty()) {
                (property.has("items") ? (ObjectNode) property.get("items") : property).put("format", documented.format());
            }
            properties.set(component.getName(), property);
            if ((i == 0 && firstRequired) || component.getType().isPrimitive()
                    || (documented != null && documented.required())) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            object.set("required", required);
        }
        return object;
    }

    private static ObjectNode schemaOf(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", schemaOf(generic.getActualTypeArguments()[0]));
            return array;
        }
        Class<?> raw = (Class<?>) type;
        Schema form = raw.getAnnotation(Schema.class);
        if (form != null && form.type() == SchemaType.STRING) {
            ObjectNode text = JSON.objectNode().put("type", "string");
            if (!form.pattern().isEmpty()) {
                text.put("pattern", form.pattern());
            }
            return text.put("description", form.description());
        }
        if (raw == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (raw == LocalDate.class) {
            return JSON.objectNode().put("type", "string").put("format", "date");
        }
        if (raw == Instant.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        }
        if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (raw == double.class || raw == Double.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (raw.isEnum()) {
            ObjectNode codes = JSON.objectNode().put("type", "string");
            ArrayNode values = codes.putArray("enum");
            Arrays.stream(raw.getEnumConstants()).map(Object::toString).forEach(values::add);
            return codes;
        }
        if (raw.isRecord()) {
            return objectOf(raw, false);
        }
        throw new IllegalArgumentException("No JSON Schema for " + raw.getName());
    }
}
