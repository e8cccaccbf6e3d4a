package org.paradiplomacy.eventsourcing.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.CorruptRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.paradiplomacy.eventsourcing.KafkaSecurity;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * Sends events to Kafka in transactions: read-committed subscribers see a batch whole or not at all, so a batch
 * that failed halfway and is sent again never puts a stream's later events before its earlier ones. Its
 * transactional id is fixed per use, so a new leader fences an old one that still believes it publishes.
 */
final class KafkaPublisher implements AutoCloseable {

    private final String bootstrapServers;
    private final String transactionalId;
    private final RelayConfig config;
    private final Set<String> knownTopics = new HashSet<>();
    private KafkaProducer<String, String> producer;
    private Admin admin;

    KafkaPublisher(String bootstrapServers, String transactionalId, RelayConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.transactionalId = transactionalId;
        this.config = config;
    }

    /** {@code outbox-<service>} and a suffix: one producer identity per use, so each fences only its own kind. */
    static String transactionalId(RelayConfig config, String suffix) {
        return "outbox" + config.source().replace('/', '-') + suffix;
    }

    /**
     * Publishes the events in one transaction. When the broker refuses one of them for good, nothing is committed
     * and the refusal is returned, so that its stream can be set aside; any other failure throws, and the caller
     * sends the same events again later.
     */
    Refusal publish(List<StoredEvent> events) throws Exception {
        ensureTopics(events);
        KafkaProducer<String, String> kafka = producer();
        kafka.beginTransaction();
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            Future<RecordMetadata> future;
            try {
                future = kafka.send(CloudEvents.record(event, config.source(), config.schemaBaseUrl()));
            } catch (KafkaException e) {
                return refusedOrThrow(event, e);
            }
            sent.add(future);
            if (future.isDone()) {
                Refusal refusal = refusal(event, future);
                if (refusal != null) {
                    return refusal;
                }
            }
        }
        kafka.flush();
        for (int i = 0; i < sent.size(); i++) {
            Refusal refusal = refusal(events.get(i), sent.get(i));
            if (refusal != null) {
                return refusal;
            }
        }
        kafka.commitTransaction();
        return null;
    }

    /** Drops the producer, aborting its open transaction; the next publish starts a fresh one. */
    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }

    private Refusal refusal(StoredEvent event, Future<RecordMetadata> future) throws Exception {
        try {
            future.get();
            return null;
        } catch (ExecutionException e) {
            return refusedOrThrow(event, e.getCause());
        }
    }

    private Refusal refusedOrThrow(StoredEvent event, Throwable failure) throws Exception {
        close();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (permanent(cause)) {
                return new Refusal(event, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        }
        throw failure instanceof Exception e ? e : new KafkaException(failure);
    }

    /** Failures that sending the same record again can never cure. */
    private static boolean permanent(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidRecordException || failure instanceof CorruptRecordException
                || failure instanceof SerializationException || failure instanceof InvalidTopicException;
    }

    private void ensureTopics(List<StoredEvent> events) throws Exception {
        List<NewTopic> missing = events.stream().map(event -> Topics.forStreamType(event.streamType()))
                .distinct().filter(topic -> !knownTopics.contains(topic))
                .map(topic -> new NewTopic(topic, config.topicPartitions(), config.topicReplicationFactor())
                        .configs(Map.of("retention.ms", "-1", "cleanup.policy", "delete")))
                .toList();
        for (NewTopic topic : missing) {
            try {
                admin().createTopics(List.of(topic)).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            knownTopics.add(topic.name());
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            KafkaProducer<String, String> created = new KafkaProducer<>(KafkaSecurity.withSecurity(Map.ofEntries(
                    Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                    Map.entry(ProducerConfig.CLIENT_ID_CONFIG, transactionalId),
                    Map.entry(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId),
                    Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                    Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                    Map.entry(ProducerConfig.LINGER_MS_CONFIG, 5),
                    Map.entry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, config.maxRecordBytes()),
                    Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000),
                    Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000),
                    Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000),
                    Map.entry(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30_000))),
                    new StringSerializer(), new StringSerializer());
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(KafkaSecurity.withSecurity(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000)));
        }
        return admin;
    }

    /** An event the broker refused for good, and why. */
    record Refusal(StoredEvent event, String reason) {
    }
}
