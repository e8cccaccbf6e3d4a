package org.paradiplomacy.eventcontracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.paradiplomacy.eventsourcing.aggregate.EventCodec;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;
import org.paradiplomacy.eventsourcing.outbox.Topics;

/**
 * The AsyncAPI 3 document of a publishing service, derived from its event families: one channel per topic, one
 * message per event type and version, each with its CloudEvents Kafka headers, its key (the stream id), its JSON
 * Schema payload and the examples of the committed corpus. Earlier versions of an event stay listed, with their
 * committed schemas: the topics keep every event, so a subscriber meets them. Served at /asyncapi.json, committed
 * beside the schemas and kept equal to its families by the service's tests.
 */
public final class AsyncApiDocument {

    /** The events a service publishes on one stream type's topic, with their examples. */
    public record Stream(String streamType, Class<?> family, String description, List<EventExamples.Example> examples) {
    }

    private AsyncApiDocument() {
    }

    public static String of(String service, String description, List<Stream> streams) {
        ObjectNode document = EventJson.MAPPER.createObjectNode().put("asyncapi", "3.0.0");
        document.putObject("info").put("title", "Paradiplomacy Observatory: " + service + " events")
                .put("version", "1.0.0").put("description", description);
        document.put("defaultContentType", "application/json");
        document.putObject("servers").putObject("kafka").put("host", "localhost:9092").put("protocol", "kafka")
                .put("description", "The Observatory's Kafka cluster (the local stack's broker here; on Kubernetes"
                        + " the Strimzi cluster's bootstrap service)");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        for (Stream stream : streams) {
            String topic = Topics.forStreamType(stream.streamType());
            ObjectNode channel = channels.putObject(stream.streamType()).put("address", topic)
                    .put("description", stream.description());
            channel.putObject("bindings").putObject("kafka").put("bindingVersion", "0.5.0")
                    .putObject("topicConfiguration").put("retention.ms", -1).putArray("cleanup.policy").add("delete");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("publish" + capitalised(stream.streamType()) + "Events")
                    .put("action", "send")
                    .put("summary", "Every event of every " + stream.streamType() + " stream, in stream order");
            operation.putObject("channel").put("$ref", "#/channels/" + stream.streamType());
            ArrayNode operationMessages = operation.putArray("messages");
            Map<String, String> schemas = EventSchemas.of(stream.family(), stream.streamType());
            for (Class<?> event : stream.family().getPermittedSubclasses()) {
                int current = EventCodec.schemaVersion(event);
                for (int version = 1; version <= current; version++) {
                    String type = CloudEvents.type(stream.streamType(), event.getSimpleName(), version);
                    String name = event.getSimpleName() + (version > 1 ? "V" + version : "");
                    String schema = version == current ? schemas.get(type) : committed(type);
                    ObjectNode message = message(stream, event.getSimpleName(), type, schema);
                    if (version < current) {
                        message.put("description", "An earlier version, still on the topic for the events recorded"
                                + " before v" + current + "; a reader upcasts it as the publisher does");
                    }
                    messages.set(name, message);
                    channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
                    operationMessages.addObject().put("$ref", "#/channels/" + stream.streamType() + "/messages/" + name);
                }
            }
        }
        try {
            return EventJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode message(Stream stream, String eventType, String type, String schema) {
        ObjectNode message = EventJson.MAPPER.createObjectNode().put("name", eventType)
                .put("title", eventType).put("summary", "ce_type " + type).put("contentType", "application/json");
        message.set("headers", headers(type));
        ObjectNode payload = (ObjectNode) read(schema);
        payload.remove(List.of("$schema", "$id"));
        message.set("payload", payload);
        message.putObject("bindings").putObject("kafka").put("bindingVersion", "0.5.0").putObject("key")
                .put("type", "string")
                .put("description", "The stream's id, also ce_subject: a stream's events share a partition, in order");
        ArrayNode examples = message.putArray("examples");
        stream.examples().stream().filter(example -> example.type().equals(type)).forEach(example -> examples.addObject()
                .put("name", eventType + "-" + examples.size()).set("payload", example.payload()));
        if (examples.isEmpty()) {
            message.remove("examples");
        }
        return message;
    }

    private static ObjectNode headers(String type) {
        ObjectNode headers = EventJson.MAPPER.createObjectNode().put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        Map<String, String> described = Map.ofEntries(
                Map.entry(CloudEvents.SPEC_VERSION, "CloudEvents version: 1.0"),
                Map.entry(CloudEvents.ID, "The event's id (a UUID): subscribers deduplicate by it"),
                Map.entry(CloudEvents.SOURCE, "The publishing service, such as /actors-service"),
                Map.entry(CloudEvents.SUBJECT, "The stream's id, as the key"),
                Map.entry(CloudEvents.TIME, "When the event happened, ISO 8601"),
                Map.entry(CloudEvents.CONTENT_TYPE, "application/json"),
                Map.entry(CloudEvents.STREAM_VERSION, "The event's position in its stream, from 1"),
                Map.entry(CloudEvents.CORRELATION_ID, "The request that caused it (X-Correlation-Id), if any"),
                Map.entry(CloudEvents.CAUSATION_ID, "The message that caused it, if any"),
                Map.entry(CloudEvents.TRACEPARENT, "W3C trace context of the request, if any"),
                Map.entry(CloudEvents.PRINCIPAL, "Who caused it: the user name, the client id of a service account,"
                        + " or anonymous"),
                Map.entry(CloudEvents.PRINCIPAL_SUBJECT, "The subject (sub) of the bearer token that caused it, if any"),
                Map.entry(CloudEvents.PRINCIPAL_CLIENT, "The client the token was issued to (azp), if any"));
        described.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(header ->
                properties.putObject(header.getKey()).put("type", "string").put("description", header.getValue()));
        properties.putObject(CloudEvents.TYPE).put("type", "string").put("const", type)
                .put("description", "The event's type and schema version");
        properties.putObject(CloudEvents.DATA_SCHEMA).put("type", "string").put("format", "uri")
                .put("pattern", CloudEvents.dataSchemaPattern(type))
                .put("description", "The URL of the payload's JSON Schema on the publishing service (its $id is "
                        + CloudEvents.schemaId(type) + ")");
        headers.putArray("required").add(CloudEvents.SPEC_VERSION).add(CloudEvents.ID).add(CloudEvents.SOURCE)
                .add(CloudEvents.TYPE).add(CloudEvents.SUBJECT).add(CloudEvents.TIME).add(CloudEvents.DATA_SCHEMA)
                .add(CloudEvents.STREAM_VERSION);
        return headers;
    }

    private static String committed(String type) {
        Path file = CommittedSchemas.DIRECTORY.resolve(type + ".json");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("The schema of " + type + ", an earlier version still published, is not"
                    + " committed at " + file, e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return EventJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
