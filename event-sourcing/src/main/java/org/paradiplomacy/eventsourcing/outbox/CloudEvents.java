package org.paradiplomacy.eventsourcing.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.store.EventMetadata;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * The CloudEvents 1.0 Kafka protocol binding in binary mode: the attributes travel as {@code ce_*} headers, the
 * event's JSON payload is the record value, and the stream id is the key (so a stream stays in one partition,
 * in order).
 */
public final class CloudEvents {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** Where the payload's JSON Schema is served: {@code <schema base URL>/schemas/<type>.json}. */
    public static final String DATA_SCHEMA = "ce_dataschema";
    /** Extension: the event's version within its stream, for consumers that check per-stream order. */
    public static final String STREAM_VERSION = "ce_streamversion";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    /** Extension of the CloudEvents distributed-tracing spec: the W3C trace context. */
    public static final String TRACEPARENT = "ce_traceparent";
    /** Extension: who caused the event (the user name, the client id of a service account, or anonymous). */
    public static final String PRINCIPAL = "ce_principal";
    /** Extension: the bearer token's subject ({@code sub}), if the request carried one. */
    public static final String PRINCIPAL_SUBJECT = "ce_principalsubject";
    /** Extension: the client the token was issued to ({@code azp}), if the request carried one. */
    public static final String PRINCIPAL_CLIENT = "ce_principalclient";

    private CloudEvents() {
    }

    /**
     * The CloudEvents type of an event: {@code org.paradiplomacy.<stream type>.<event in kebab case>.v<schema>},
     * where the event's name loses the stream type's prefix: {@code AgreementSigned} on an {@code agreement}
     * stream is {@code org.paradiplomacy.agreement.signed.v1}.
     */
    public static String type(String streamType, String eventType, int schemaVersion) {
        String name = eventType;
        String prefix = Character.toUpperCase(streamType.charAt(0)) + streamType.substring(1);
        if (name.startsWith(prefix) && name.length() > prefix.length()) {
            name = name.substring(prefix.length());
        }
        String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return "org.paradiplomacy." + streamType + "." + kebab + ".v" + schemaVersion;
    }

    /** The {@code $id} of the payload's JSON Schema: a name that stays the same wherever the schema is served. */
    public static String schemaId(String type) {
        return "urn:paradiplomacy:schema:" + type;
    }

    /** The address of the payload's JSON Schema on the service at {@code baseUrl}, which serves it. */
    public static String dataSchema(String baseUrl, String type) {
        return baseUrl.replaceFirst("/+$", "") + "/schemas/" + type + ".json";
    }

    /** A {@link #dataSchema} of the type on any service: what the AsyncAPI documents promise. */
    public static String dataSchemaPattern(String type) {
        return "^https?://.+/schemas/" + type.replace(".", "\\.") + "\\.json$";
    }

    public static ProducerRecord<String, String> record(StoredEvent event, String source, String schemaBaseUrl) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.forStreamType(event.streamType()),
                event.streamId(), event.payload());
        Headers headers = record.headers();
        add(headers, SPEC_VERSION, "1.0");
        add(headers, ID, event.eventId().toString());
        add(headers, SOURCE, source);
        String type = type(event.streamType(), event.eventType(), event.schemaVersion());
        add(headers, TYPE, type);
        add(headers, DATA_SCHEMA, dataSchema(schemaBaseUrl, type));
        add(headers, SUBJECT, event.streamId());
        add(headers, TIME, event.occurredAt().toString());
        add(headers, CONTENT_TYPE, "application/json");
        add(headers, STREAM_VERSION, Long.toString(event.streamVersion()));
        EventMetadata metadata = EventJson.read(event.metadata(), EventMetadata.class);
        add(headers, CORRELATION_ID, metadata.correlationId());
        add(headers, CAUSATION_ID, metadata.causationId());
        add(headers, TRACEPARENT, metadata.traceparent());
        add(headers, PRINCIPAL, metadata.principal());
        add(headers, PRINCIPAL_SUBJECT, metadata.subject());
        add(headers, PRINCIPAL_CLIENT, metadata.clientId());
        return record;
    }

    private static void add(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
