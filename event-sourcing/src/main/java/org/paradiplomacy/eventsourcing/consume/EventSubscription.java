package org.paradiplomacy.eventsourcing.consume;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.paradiplomacy.eventsourcing.Backoff;
import org.paradiplomacy.eventsourcing.KafkaSecurity;

/**
 * Follows other services' topics into a projection, exactly once in effect: each poll's events are applied in one
 * transaction together with their ids (a redelivered event is skipped) and the partitions' next offsets, which
 * live in the database, not in Kafka, so a fresh database reads every topic from its beginning. An event that
 * can never be applied goes to the dead-letter topic with its reason, and consumption goes on; any other
 * failure is retried from the same offset.
 */
public final class EventSubscription {

    private static final Logger LOG = Logger.getLogger(EventSubscription.class);

    private final String name;
    private final List<String> topics;
    private final EventHandler handler;
    private final String bootstrapServers;
    private final Runnable afterCommit;
    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));

    private final Object pauseLock = new Object();
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile SubscriptionStatus status = SubscriptionStatus.STOPPED;
    private Thread thread;
    private final SubscriptionProgress progress;
    private final DeadLetters deadLetters;
    private Instant lagMeasuredAt = Instant.EPOCH;
    private Instant caughtUpAt = Instant.now();

    public EventSubscription(String name, List<String> topics, EventHandler handler, AgroalDataSource dataSource,
            String bootstrapServers) {
        this(name, topics, handler, dataSource, bootstrapServers, () -> { });
    }

    /** As above, calling {@code afterCommit} each time applied events have been committed. */
    public EventSubscription(String name, List<String> topics, EventHandler handler, AgroalDataSource dataSource,
            String bootstrapServers, Runnable afterCommit) {
        this.name = name;
        this.topics = List.copyOf(topics);
        this.handler = handler;
        this.bootstrapServers = bootstrapServers;
        this.afterCommit = afterCommit;
        this.progress = new SubscriptionProgress(name, dataSource);
        this.deadLetters = new DeadLetters(name, bootstrapServers);
    }

    public static String deadLetterTopic(String subscription) {
        return DeadLetters.topic(subscription);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        status = SubscriptionStatus.STARTING;
        thread = new Thread(this::run, "subscription-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        synchronized (pauseLock) {
            pauseLock.notifyAll();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadLetters.close();
        status = SubscriptionStatus.STOPPED;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> created = newConsumer()) {
                consumer = created;
                created.subscribe(topics, new SeekToStoredOffsets(created));
                while (running) {
                    ConsumerRecords<String, String> records = created.poll(Duration.ofMillis(200));
                    if (!records.isEmpty()) {
                        process(created, records);
                    }
                    measureLag(created);
                    backoff.reset();
                }
            } catch (WakeupException e) {
                // stop() woke the consumer up
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                Duration pause = backoff.next();
                status = status.failing(e.toString());
                LOG.warnf("Subscription %s failed, retrying in %d ms: %s", name, pause.toMillis(), e.toString());
                pause(pause);
            } finally {
                consumer = null;
            }
        }
    }

    /** Applies a poll's records in one transaction; if one of them is poison, goes through them one by one. */
    private void process(KafkaConsumer<String, String> kafka, ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        records.forEach(batch::add);
        try {
            QuarkusTransaction.requiringNew().run(() -> apply(batch));
            done(batch);
        } catch (RuntimeException e) {
            if (poison(e) == null) {
                rewind(kafka, batch);
                throw e;
            }
            for (int i = 0; i < batch.size(); i++) {
                try {
                    processAlone(batch.get(i));
                } catch (RuntimeException transientFailure) {
                    rewind(kafka, batch.subList(i, batch.size()));
                    throw transientFailure;
                }
            }
        }
    }

    /** Applies one record in a transaction of its own, sending it to the dead-letter topic if it is poison. */
    private void processAlone(ConsumerRecord<String, String> record) {
        try {
            QuarkusTransaction.requiringNew().run(() -> apply(List.of(record)));
        } catch (RuntimeException e) {
            PoisonMessage poison = poison(e);
            if (poison == null) {
                throw e;
            }
            deadLetters.send(record, poison.getMessage());
            status = status.withDeadLetter();
            QuarkusTransaction.requiringNew().run(() -> progress.saveOffsets(List.of(record)));
        }
        done(List.of(record));
    }

    /**
     * Whether a failure can never go away on retry: a {@link PoisonMessage}, or data the database refuses (SQL
     * states of class 22, data exception, and 23, integrity constraint violation).
     */
    static PoisonMessage poison(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PoisonMessage poison) {
                return poison;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return new PoisonMessage("the database refuses its data: " + sql.getMessage());
            }
        }
        return null;
    }

    private void apply(List<ConsumerRecord<String, String>> batch) {
        for (ConsumerRecord<String, String> record : batch) {
            ReceivedEvent event = ReceivedEvent.from(record);
            if (progress.firstDelivery(event.id())) {
                handler.handle(event);
            }
        }
        progress.saveOffsets(batch);
    }

    /** After a commit: listeners first, so anyone who sees the new count also sees the change announced. */
    private void done(List<ConsumerRecord<String, String>> batch) {
        afterCommit.run();
        status = status.processed(batch.size());
    }

    private static void rewind(KafkaConsumer<String, String> kafka, List<ConsumerRecord<String, String>> batch) {
        Map<TopicPartition, Long> first = new HashMap<>();
        batch.forEach(r -> first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min));
        first.forEach(kafka::seek);
    }

    private void measureLag(KafkaConsumer<String, String> kafka) {
        Instant now = Instant.now();
        if (Duration.between(lagMeasuredAt, now).toMillis() < 1000) {
            return;
        }
        lagMeasuredAt = now;
        Set<TopicPartition> assigned = kafka.assignment();
        if (assigned.isEmpty()) {
            return;
        }
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : kafka.endOffsets(assigned).entrySet()) {
            lag += Math.max(0, end.getValue() - kafka.position(end.getKey()));
        }
        if (lag == 0) {
            caughtUpAt = now;
        }
        status = status.lagging(lag, Duration.between(caughtUpAt, now).toSeconds());
    }

    private KafkaConsumer<String, String> newConsumer() {
        return new KafkaConsumer<>(KafkaSecurity.withSecurity(Map.ofEntries(
                Map.entry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                Map.entry(ConsumerConfig.GROUP_ID_CONFIG, name),
                Map.entry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                Map.entry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Map.entry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Map.entry(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                Map.entry(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5_000),
                Map.entry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500),
                // A replica killed without leaving its group hands its partitions on after 10 s, not Kafka's 45 s.
                Map.entry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000),
                Map.entry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000))),
                new StringDeserializer(), new StringDeserializer());
    }

    /** Waits before a retry; stop() ends the wait early. */
    private void pause(Duration duration) {
        synchronized (pauseLock) {
            try {
                if (running) {
                    pauseLock.wait(duration.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** On every (re)assignment, continue each partition from the offset stored with the projection. */
    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, String> kafka;

        SeekToStoredOffsets(KafkaConsumer<String, String> kafka) {
            this.kafka = kafka;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                Long next = progress.storedOffset(partition);
                if (next == null) {
                    kafka.seekToBeginning(List.of(partition));
                } else {
                    kafka.seek(partition, next);
                }
            }
            status = status.running();
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Offsets are already stored with the projection.
        }
    }
}
