package org.paradiplomacy.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events to the real broker as a write service's outbox would: CloudEvents binary mode, keyed by the
 * stream id. Tests of subscribers use it to play the producing service, including its duplicates.
 */
public final class CloudEventPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public CloudEventPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** Sends one event and waits for the broker's acknowledgement. */
    public void send(String topic, String streamId, String eventId, String type, long streamVersion, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, streamId, payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", type);
        header(record, "ce_source", "/test");
        header(record, "ce_subject", streamId);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        header(record, "ce_streamversion", Long.toString(streamVersion));
        send(record);
    }

    public void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + record.topic(), e.getCause());
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
