package org.paradiplomacy.eventsourcing.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * Publishes every committed event to Kafka, at least once, in per-stream order, keyed by stream id, in Kafka
 * transactions (subscribers read with {@code isolation.level=read_committed}).
 *
 * <p>It reads the events table in (transaction id, position) order, only below the oldest transaction still
 * running ({@code pg_snapshot_xmin}): every event there is final, so one whose transaction committed after a
 * later-numbered one is never skipped. The checkpoint advances only after the broker acknowledged the whole
 * batch; on any failure the batch is sent again after a backoff, so events survive broker outages and restarts.
 * Of several replicas only the one holding a PostgreSQL advisory lock publishes; the others stand by.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String RELAY = "kafka";

    private final AgroalDataSource dataSource;
    private final RelayConfig config;
    private final String bootstrapServers;
    private final Set<String> knownTopics = new HashSet<>();

    private volatile ScheduledExecutorService executor;
    private volatile long completedRounds;
    private Connection leaderConnection;
    private KafkaProducer<String, String> producer;
    private Admin admin;
    private Checkpoint checkpoint;
    private Duration backoff = Duration.ZERO;
    private volatile RelayStatus status = RelayStatus.STOPPED;

    public OutboxRelay(AgroalDataSource dataSource, RelayConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.dataSource = dataSource;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                runnable -> new Thread(runnable, "outbox-relay"));
        status = RelayStatus.STANDBY.withNote("starting");
        executor.execute(this::round);
    }

    /** Stops publishing and lets go of the leadership; {@link #start()} resumes from the checkpoint. */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
        closeKafka();
        closeLeaderConnection();
        status = RelayStatus.STOPPED;
    }

    public RelayStatus status() {
        return status;
    }

    /** How many rounds of reading and publishing this instance has finished, successful or not. */
    public long completedRounds() {
        return completedRounds;
    }

    private void round() {
        long delay;
        try {
            int published = publishBatch();
            backoff = Duration.ZERO;
            delay = published >= config.batchSize() ? 0
                    : leaderConnection == null ? config.maxBackoff().toMillis() : config.pollInterval().toMillis();
        } catch (Exception e) {
            if (executor == null || executor.isShutdown()) {
                return;
            }
            backoff = backoff.isZero() ? config.pollInterval().multipliedBy(2)
                    : min(backoff.multipliedBy(2), config.maxBackoff());
            status = status.failing(e.toString());
            LOG.warnf("Outbox relay could not publish, retrying in %d ms: %s", backoff.toMillis(), e.toString());
            closeKafka();
            if (e instanceof SQLException) {
                closeLeaderConnection();
            }
            delay = backoff.toMillis();
        }
        completedRounds++;
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            current.schedule(this::round, delay, TimeUnit.MILLISECONDS);
        }
    }

    private int publishBatch() throws Exception {
        if (!lead()) {
            status = RelayStatus.STANDBY.withNote("another instance holds the outbox lock");
            return 0;
        }
        List<Pending> batch = readBatch();
        if (!batch.isEmpty()) {
            publish(batch);
            Pending last = batch.getLast();
            saveCheckpoint(new Checkpoint(last.txId(), last.event().globalPosition()));
        }
        status = status.published(batch.size());
        return batch.size();
    }

    /** Takes the relay's advisory lock on a connection of its own; holding that connection is holding the lead. */
    private boolean lead() throws SQLException {
        if (leaderConnection != null) {
            return true;
        }
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, "outbox-relay:" + RELAY);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) {
                    connection.close();
                    return false;
                }
            }
            try (PreparedStatement init = connection.prepareStatement("INSERT INTO outbox_checkpoint (relay, tx_id, position)"
                    + " VALUES (?, '0', 0) ON CONFLICT (relay) DO NOTHING")) {
                init.setString(1, RELAY);
                init.executeUpdate();
            }
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT tx_id::text, position FROM outbox_checkpoint WHERE relay = ?")) {
                read.setString(1, RELAY);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    checkpoint = new Checkpoint(row.getString(1), row.getLong(2));
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        leaderConnection = connection;
        status = RelayStatus.LEADER.withNote("publishing");
        LOG.infof("Outbox relay leads from transaction %s, position %d", checkpoint.txId(), checkpoint.position());
        return true;
    }

    private List<Pending> readBatch() throws SQLException {
        try (PreparedStatement query = leaderConnection.prepareStatement("SELECT tx_id::text, " + EventStore.COLUMNS
                + " FROM events"
                + " WHERE (tx_id, global_position) > (?::xid8, ?)"
                + " AND tx_id < pg_snapshot_xmin(pg_current_snapshot())"
                + " ORDER BY tx_id, global_position LIMIT ?")) {
            query.setString(1, checkpoint.txId());
            query.setLong(2, checkpoint.position());
            query.setInt(3, config.batchSize());
            List<Pending> batch = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Pending(rows.getString(1), EventStore.read(rows, 2)));
                }
            }
            return batch;
        }
    }

    /**
     * Sends the batch in one Kafka transaction: read-committed subscribers see all of it or none, so a batch
     * that failed halfway and is sent again can never put a stream's later events before its earlier ones.
     */
    private void publish(List<Pending> batch) throws Exception {
        ensureTopics(batch);
        KafkaProducer<String, String> producer = producer();
        producer.beginTransaction();
        for (Pending pending : batch) {
            producer.send(CloudEvents.record(pending.event(), config.source()));
        }
        producer.commitTransaction();
    }

    private void ensureTopics(List<Pending> batch) throws Exception {
        List<NewTopic> missing = batch.stream().map(p -> Topics.forStreamType(p.event().streamType()))
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

    private void saveCheckpoint(Checkpoint next) throws SQLException {
        try (PreparedStatement update = leaderConnection.prepareStatement(
                "UPDATE outbox_checkpoint SET tx_id = ?::xid8, position = ?, updated_at = now() WHERE relay = ?")) {
            update.setString(1, next.txId());
            update.setLong(2, next.position());
            update.setString(3, RELAY);
            update.executeUpdate();
        }
        checkpoint = next;
    }

    /**
     * The relay's transactional producer. Its transactional id is the service's, so a relay that takes over the
     * lead fences any earlier leader that still believes it publishes.
     */
    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            KafkaProducer<String, String> created = new KafkaProducer<>(Map.ofEntries(
                    Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                    Map.entry(ProducerConfig.CLIENT_ID_CONFIG, relayId()),
                    Map.entry(ProducerConfig.TRANSACTIONAL_ID_CONFIG, relayId()),
                    Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                    Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                    Map.entry(ProducerConfig.LINGER_MS_CONFIG, 5),
                    Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000),
                    Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000),
                    Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000),
                    Map.entry(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30_000)),
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

    private String relayId() {
        return "outbox" + config.source().replace('/', '-');
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
        }
        return admin;
    }

    /** A fresh producer after any failure; closing one aborts its open transaction. */
    private void closeKafka() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }

    private void closeLeaderConnection() {
        if (leaderConnection != null) {
            try {
                leaderConnection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the relay's connection failed", e);
            }
            leaderConnection = null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Checkpoint(String txId, long position) {
    }

    private record Pending(String txId, StoredEvent event) {
    }

    /** What the relay is doing, for health checks and operators. */
    public record RelayStatus(String role, String note, long published, Instant lastPublishedAt, String lastError) {

        static final RelayStatus STOPPED = new RelayStatus("stopped", null, 0, null, null);
        static final RelayStatus STANDBY = new RelayStatus("standby", null, 0, null, null);
        static final RelayStatus LEADER = new RelayStatus("leader", null, 0, null, null);

        RelayStatus withNote(String text) {
            return new RelayStatus(role, text, published, lastPublishedAt, lastError);
        }

        RelayStatus published(int count) {
            return new RelayStatus(role, note, published + count, count > 0 ? Instant.now() : lastPublishedAt, null);
        }

        RelayStatus failing(String error) {
            return new RelayStatus(role, note, published, lastPublishedAt, error);
        }

        public boolean healthy() {
            return lastError == null;
        }
    }
}
