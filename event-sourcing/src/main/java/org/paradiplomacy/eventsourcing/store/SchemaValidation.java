package org.paradiplomacy.eventsourcing.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;

/**
 * Validates event payloads against their JSON Schemas (draft 2020-12, formats such as {@code date} asserted), the
 * committed ones a service serves at /schemas/&lt;type&gt;.json.
 */
public final class SchemaValidation {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SERVED = new ConcurrentHashMap<>();

    private SchemaValidation() {
    }

    /** Every way the instance breaks the schema, as "$.field: what is wrong"; empty when it is valid. */
    public static List<String> errors(JsonNode schema, JsonNode instance) {
        return FACTORY.getSchema(schema, CONFIG).validate(instance).stream().map(ValidationMessage::getMessage)
                .sorted().toList();
    }

    /** Checks an event about to be stored against the schema its service serves for its type and version. */
    public static void requireValid(String streamType, String eventType, int schemaVersion, String payload) {
        String type = CloudEvents.type(streamType, eventType, schemaVersion);
        JsonSchema schema = SERVED.computeIfAbsent(type, SchemaValidation::served);
        try {
            List<String> errors = schema.validate(EventJson.MAPPER.readTree(payload)).stream()
                    .map(ValidationMessage::getMessage).sorted().toList();
            if (!errors.isEmpty()) {
                throw new IllegalStateException(type + " does not match its schema: " + String.join("; ", errors));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema served(String type) {
        try (InputStream in = SchemaValidation.class.getResourceAsStream("/META-INF/resources/schemas/" + type + ".json")) {
            if (in == null) {
                throw new IllegalStateException(type + " has no schema in META-INF/resources/schemas");
            }
            return FACTORY.getSchema(EventJson.MAPPER.readTree(in), CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
