package org.paradiplomacy.eventsourcing.consume;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.paradiplomacy.eventsourcing.KafkaSecurity;

/**
 * A subscription's dead-letter topic, {@code paradiplomacy.dlq.<subscription>}: each event it can never apply, as
 * it arrived, with the reason and where it came from in {@code dlq_*} headers.
 */
final class DeadLetters implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final String subscription;
    private final String bootstrapServers;
    private KafkaProducer<String, String> producer;

    DeadLetters(String subscription, String bootstrapServers) {
        this.subscription = subscription;
        this.bootstrapServers = bootstrapServers;
    }

    static String topic(String subscription) {
        return "paradiplomacy.dlq." + subscription;
    }

    /** Sends the record to the dead-letter topic and waits until the broker has it. */
    void send(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("Subscription %s sends %s-%d@%d to the dead-letter topic: %s", subscription, record.topic(),
                record.partition(), record.offset(), reason);
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic(subscription), record.key(), record.value());
        record.headers().forEach(letter.headers()::add);
        letter.headers().add("dlq_reason", bytes(reason));
        letter.headers().add("dlq_topic", bytes(record.topic()));
        letter.headers().add("dlq_partition", bytes(Integer.toString(record.partition())));
        letter.headers().add("dlq_offset", bytes(Long.toString(record.offset())));
        try {
            producer().send(letter).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write to the dead-letter topic", e);
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(KafkaSecurity.withSecurity(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
