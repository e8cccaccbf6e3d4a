package org.paradiplomacy.eventsourcing.consume;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;

/**
 * An event as a subscriber receives it: the CloudEvents attributes from the record's headers and the JSON
 * payload. Handlers match on {@link #type()}, the versioned CloudEvents type.
 */
public record ReceivedEvent(String topic, int partition, long offset, String id, String type, String source,
        String subject, Instant time, long streamVersion, JsonNode data) {

    private static final Pattern TYPE = Pattern.compile("org\\.paradiplomacy\\.(.+)\\.v(\\d{1,6})");

    /** Reads a record; one that is not a CloudEvent of ours with a JSON payload is a {@link PoisonMessage}. */
    public static ReceivedEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEvents.ID);
        String type = header(record, CloudEvents.TYPE);
        if (id == null || type == null) {
            throw new PoisonMessage("not a CloudEvent: the ce_id or ce_type header is missing");
        }
        String subject = header(record, CloudEvents.SUBJECT);
        String version = header(record, CloudEvents.STREAM_VERSION);
        String time = header(record, CloudEvents.TIME);
        try {
            JsonNode data = EventJson.MAPPER.readTree(record.value() == null ? "" : record.value());
            if (data == null || !data.isObject()) {
                throw new PoisonMessage("the payload of " + type + " " + id + " is not a JSON object");
            }
            return new ReceivedEvent(record.topic(), record.partition(), record.offset(), id, type,
                    header(record, CloudEvents.SOURCE), subject != null ? subject : record.key(),
                    time == null ? null : Instant.parse(time), version == null ? 0 : Long.parseLong(version), data);
        } catch (JsonProcessingException e) {
            throw new PoisonMessage("the payload of " + type + " " + id + " is not JSON: " + e.getOriginalMessage());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new PoisonMessage("a header of " + type + " " + id + " is malformed: " + e.getMessage());
        }
    }

    /**
     * The type without its prefix and version, such as {@code actor.registered} for
     * {@code org.paradiplomacy.actor.registered.v1}; null for a type that is not of this form.
     */
    public String typeName() {
        Matcher matcher = TYPE.matcher(type);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** The schema version the type ends with ({@code 1} for {@code ….v1}); 0 for a type not of our form. */
    public int typeVersion() {
        Matcher matcher = TYPE.matcher(type);
        return matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
    }

    /**
     * Refuses, as poison, an event of a type the handler reads but at a schema version it cannot read, so that it
     * goes to the dead-letter topic with the reason instead of vanishing as an unknown type.
     */
    public void requireReadableVersion(int highestReadable) {
        int version = typeVersion();
        if (version < 1 || version > highestReadable) {
            throw new PoisonMessage(typeName() + " at version " + version + " cannot be read here (this consumer"
                    + " reads versions 1 to " + highestReadable + "); upgrade it and replay from the dead-letter topic");
        }
    }

    /** A text field of the payload, or null. */
    public String text(String field) {
        JsonNode value = data.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
