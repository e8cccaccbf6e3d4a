package org.paradiplomacy.eventsourcing.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.paradiplomacy.eventsourcing.Backoff;
import org.paradiplomacy.eventsourcing.outbox.KafkaPublisher.Refusal;
import org.paradiplomacy.eventsourcing.outbox.PublicationLog.Pending;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * Publishes every committed event to Kafka, at least once, in per-stream order, keyed by stream id.
 *
 * <p>It reads the events table in (transaction id, position) order, only below the oldest transaction still
 * running ({@code pg_snapshot_xmin}): every event there is final, so one whose transaction committed after a
 * later-numbered one is never skipped. The checkpoint advances only after the broker acknowledged the whole
 * batch; on any failure the batch is sent again after a backoff, so events survive broker outages and restarts.
 * An event the broker refuses for good parks its stream (see {@link ParkedStreams}) while the others flow on.
 * Of several replicas only the one holding the lead ({@link RelayLeadership}) publishes; the others stand by.
 */
@IfBuildProperty(name = "observatory.outbox.enabled", stringValue = "true", enableIfMissing = true)
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final RelayConfig config;
    private final DatabaseAddress database;
    private final String bootstrapServers;
    private final PublicationLog log = new PublicationLog(PublicationLog.KAFKA);
    private final Backoff backoff;

    private volatile ScheduledExecutorService executor;
    private volatile long completedRounds;
    private volatile RelayStatus status = RelayStatus.STOPPED;
    private RelayLeadership leadership;
    private KafkaPublisher publisher;
    private Position checkpoint;

    @Inject
    public OutboxRelay(RelayConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this(config, new DatabaseAddress(jdbcUrl, user.orElse(null), password.orElse(null)), bootstrapServers);
    }

    public OutboxRelay(RelayConfig config, DatabaseAddress database, String bootstrapServers) {
        this.config = config;
        this.database = database;
        this.bootstrapServers = bootstrapServers;
        this.backoff = new Backoff(config.pollInterval().multipliedBy(2), config.maxBackoff());
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
        leadership = new RelayLeadership(database, "outbox-relay:" + PublicationLog.KAFKA);
        publisher = new KafkaPublisher(bootstrapServers, KafkaPublisher.transactionalId(config, ""), config);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "outbox-relay"));
        status = RelayStatus.STANDBY.withNote("starting");
        executor.execute(this::round);
    }

    /** Stops publishing and lets go of the lead; {@link #start()} resumes from the checkpoint. */
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
        publisher.close();
        leadership.close();
        checkpoint = null;
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
        Duration delay;
        try {
            int published = publishBatch();
            backoff.reset();
            delay = published >= config.batchSize() ? Duration.ZERO
                    : leadership.held() ? config.pollInterval() : config.standbyInterval();
        } catch (Exception e) {
            if (executor == null || executor.isShutdown()) {
                return;
            }
            delay = backoff.next();
            status = status.failing(e.toString());
            LOG.warnf("Outbox relay could not publish, retrying in %d ms: %s", delay.toMillis(), e.toString());
            // Start afresh on both sides: a new producer, and a new session (which also lets go of the lead, so a
            // replica whose own connections work can take over).
            publisher.close();
            leadership.close();
            checkpoint = null;
        }
        completedRounds++;
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            current.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private int publishBatch() throws Exception {
        Connection connection = leadership.acquire();
        if (connection == null) {
            status = RelayStatus.STANDBY.withNote("another instance holds the outbox lock");
            return 0;
        }
        if (checkpoint == null) {
            checkpoint = log.checkpoint(connection);
            status = RelayStatus.LEADER.withNote("publishing");
            LOG.infof("Outbox relay leads from transaction %d, position %d", checkpoint.txId(),
                    checkpoint.globalPosition());
        }
        retryParkedStreams(connection);
        List<Pending> batch = log.nextBatch(connection, checkpoint, config.batchSize());
        if (batch.isEmpty()) {
            status = status.published(0);
            return 0;
        }
        Refusal refusal = publisher.publish(batch.stream().map(Pending::event).toList());
        if (refusal != null) {
            park(connection, batch, refusal);
            return config.batchSize();
        }
        checkpoint = batch.getLast().position();
        log.saveCheckpoint(connection, checkpoint);
        status = status.published(batch.size());
        return batch.size();
    }

    /** Sets the refused event's stream aside from its first event in the batch: none of the batch was published. */
    private void park(Connection connection, List<Pending> batch, Refusal refusal) throws Exception {
        StoredEvent first = batch.stream().map(Pending::event)
                .filter(event -> event.streamId().equals(refusal.event().streamId())).findFirst().orElseThrow();
        log.park(connection, first, refusal.reason());
        LOG.errorf("Outbox relay parked stream %s from version %d: the broker refused event %s (version %d): %s",
                first.streamId(), first.streamVersion(), refusal.event().eventId(), refusal.event().streamVersion(),
                refusal.reason());
    }

    /** Publishes the waiting events of each stream an operator asked to retry, then lets the stream flow again. */
    private void retryParkedStreams(Connection connection) throws Exception {
        for (String streamId : log.retriesRequested(connection)) {
            while (true) {
                List<Pending> waiting = log.parkedEvents(connection, streamId, checkpoint, config.batchSize());
                if (waiting.isEmpty()) {
                    log.unpark(connection, streamId);
                    LOG.infof("Outbox relay published the waiting events of stream %s; it flows again", streamId);
                    break;
                }
                Refusal refusal = publisher.publish(waiting.stream().map(Pending::event).toList());
                if (refusal != null) {
                    park(connection, waiting, refusal);
                    break;
                }
                log.advanceParked(connection, streamId, waiting.getLast().event().streamVersion() + 1);
                status = status.published(waiting.size());
            }
        }
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
