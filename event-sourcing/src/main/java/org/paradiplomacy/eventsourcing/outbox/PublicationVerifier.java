package org.paradiplomacy.eventsourcing.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.eventsourcing.outbox.KafkaPublisher.Refusal;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.StoredEvent;

/**
 * Compares the service's topics with its event store by event id, and on request republishes the published events
 * that no topic holds, each stream's in stream order (consumers skip what they already have). It repairs what a
 * relay that once lost events left behind; one check runs at a time per instance, in the background.
 */
@IfBuildProperty(name = "observatory.outbox.enabled", stringValue = "true", enableIfMissing = true)
@ApplicationScoped
public class PublicationVerifier {

    private static final Logger LOG = Logger.getLogger(PublicationVerifier.class);
    private static final int PAGE = 5_000;
    private static final int STREAMS_LISTED = 100;
    private static final int VERSIONS_LISTED = 20;

    private final AgroalDataSource dataSource;
    private final RelayConfig config;
    private final String bootstrapServers;
    private volatile Job job;

    public PublicationVerifier(AgroalDataSource dataSource, RelayConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.dataSource = dataSource;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a check (with {@code repair}, also republishes what is missing); a conflict while one runs. */
    public synchronized VerificationProgress start(boolean repair) {
        if (job != null && job.state.equals("running")) {
            throw new StateConflict("a verification of the publication is already running; follow it with GET");
        }
        Job started = new Job(repair);
        job = started;
        Thread thread = new Thread(started::run, "publication-verifier");
        thread.setDaemon(true);
        thread.start();
        return started.progress();
    }

    public VerificationProgress progress() {
        Job current = job;
        return current == null ? VerificationProgress.IDLE : current.progress();
    }

    private final class Job {

        final boolean repair;
        final Instant startedAt = Instant.now();
        volatile String state = "running";
        volatile String phase = "reading topics";
        volatile long recordsRead;
        volatile long recordsTotal;
        volatile long eventsChecked;
        volatile long eventsTotal;
        volatile long missing;
        volatile long duplicated;
        volatile long outOfOrder;
        volatile long pending;
        volatile long parked;
        volatile long republished;
        volatile long refused;
        volatile double eventsPerSecond;
        volatile List<StreamDiscrepancy> streams = List.of();
        volatile Instant finishedAt;
        volatile String error;

        Job(boolean repair) {
            this.repair = repair;
        }

        VerificationProgress progress() {
            return new VerificationProgress(state, repair, phase, recordsRead, recordsTotal, eventsChecked,
                    eventsTotal, missing, duplicated, outOfOrder, pending, parked, republished, refused,
                    eventsPerSecond, streams, startedAt, finishedAt, error, finishedAt == null ? null : summary());
        }

        String summary() {
            return eventsChecked + " events checked: " + missing + " missing, " + duplicated + " duplicated, "
                    + outOfOrder + " out of order, " + pending + " pending, " + parked + " parked"
                    + (repair ? "; " + republished + " republished, " + refused + " refused" : "");
        }

        void run() {
            try {
                verify();
                state = "done";
            } catch (Exception e) {
                LOG.error("Verifying the publication failed", e);
                error = e.toString();
                state = "failed";
            }
            phase = "finished";
            finishedAt = Instant.now();
            LOG.infof("Publication verification: %s", summary());
        }

        private void verify() throws Exception {
            Position checkpoint;
            Map<String, Long> parkedFrom;
            List<String> topics;
            try (Connection connection = dataSource.getConnection()) {
                // The checkpoint first: everything behind it was on Kafka before the topics' ends are read below.
                checkpoint = new PublicationLog(PublicationLog.KAFKA).checkpoint(connection);
                parkedFrom = parkedStreams(connection);
                topics = topics(connection);
                eventsTotal = count(connection, "<=", checkpoint);
                pending = count(connection, ">", checkpoint);
            }
            TopicScan scan = TopicScan.read(bootstrapServers, topics, read -> recordsRead = read);
            recordsTotal = scan.total;
            recordsRead = scan.records;
            phase = "reading the store";
            Map<String, Discrepancy> differing = new LinkedHashMap<>();
            List<Missing> toRepublish = new ArrayList<>();
            scan.outOfOrder.forEach((stream, count) -> differing.computeIfAbsent(stream, Discrepancy::new).outOfOrder = count);
            compare(checkpoint, parkedFrom, scan, differing, toRepublish);
            outOfOrder = scan.outOfOrder.values().stream().mapToLong(Integer::longValue).sum();
            streams = differing.values().stream().limit(STREAMS_LISTED).map(Discrepancy::view).toList();
            if (repair && !toRepublish.isEmpty()) {
                phase = "republishing";
                republish(toRepublish);
            }
        }

        private void compare(Position checkpoint, Map<String, Long> parkedFrom, TopicScan scan,
                Map<String, Discrepancy> differing, List<Missing> toRepublish) throws SQLException {
            long after = 0;
            while (true) {
                int read = 0;
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement query = connection.prepareStatement("SELECT global_position, stream_id,"
                                + " stream_type, stream_version, event_id FROM events WHERE global_position > ?"
                                + " AND (tx_id, global_position) <= (?::xid8, ?) ORDER BY global_position LIMIT ?")) {
                    query.setLong(1, after);
                    query.setString(2, checkpoint.txIdLiteral());
                    query.setLong(3, checkpoint.globalPosition());
                    query.setInt(4, PAGE);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            read++;
                            after = rows.getLong(1);
                            String stream = rows.getString(2);
                            long version = rows.getLong(4);
                            Long parkedVersion = parkedFrom.get(stream);
                            if (parkedVersion != null && version >= parkedVersion) {
                                parked++;
                                continue;
                            }
                            int copies = scan.occurrences.getOrDefault(rows.getObject(5, UUID.class), 0);
                            if (copies == 0) {
                                missing++;
                                Discrepancy d = differing.computeIfAbsent(stream, Discrepancy::new);
                                d.streamType = rows.getString(3);
                                d.missing(version);
                                toRepublish.add(new Missing(stream, version, after));
                            } else if (copies > 1) {
                                duplicated += copies - 1;
                                Discrepancy d = differing.computeIfAbsent(stream, Discrepancy::new);
                                d.streamType = rows.getString(3);
                                d.duplicated += copies - 1;
                            }
                            eventsChecked++;
                        }
                    }
                }
                if (read < PAGE) {
                    return;
                }
            }
        }

        /** Sends the missing events again, each stream's in its order, through a producer of the repair's own. */
        private void republish(List<Missing> missingEvents) throws Exception {
            missingEvents.sort(Comparator.comparing(Missing::streamId).thenComparingLong(Missing::version));
            Instant began = Instant.now();
            try (KafkaPublisher publisher = new KafkaPublisher(bootstrapServers,
                    KafkaPublisher.transactionalId(config, "-repair"), config)) {
                for (int from = 0; from < missingEvents.size(); from += config.batchSize()) {
                    List<StoredEvent> chunk = load(missingEvents.subList(from,
                            Math.min(missingEvents.size(), from + config.batchSize())));
                    while (!chunk.isEmpty()) {
                        Refusal refusal = publisher.publish(chunk);
                        if (refusal == null) {
                            republished += chunk.size();
                            break;
                        }
                        LOG.errorf("The broker refuses event %s of stream %s again: %s", refusal.event().eventId(),
                                refusal.event().streamId(), refusal.reason());
                        refused++;
                        chunk = chunk.stream().filter(event -> !event.eventId().equals(refusal.event().eventId()))
                                .toList();
                    }
                    double seconds = Math.max(0.001, Duration.between(began, Instant.now()).toMillis() / 1000.0);
                    eventsPerSecond = Math.round(republished / seconds * 10) / 10.0;
                }
            }
        }

        private List<StoredEvent> load(List<Missing> chunk) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement("SELECT " + EventStore.COLUMNS
                            + " FROM events WHERE global_position = ANY (?)")) {
                query.setArray(1, connection.createArrayOf("bigint",
                        chunk.stream().map(Missing::globalPosition).toArray()));
                Map<Long, StoredEvent> byPosition = new HashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        StoredEvent event = EventStore.read(rows, 1);
                        byPosition.put(event.globalPosition(), event);
                    }
                }
                return chunk.stream().map(m -> byPosition.get(m.globalPosition())).toList();
            }
        }
    }

    private static Map<String, Long> parkedStreams(Connection connection) throws SQLException {
        Map<String, Long> parked = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT stream_id, from_version FROM outbox_parked_streams"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                parked.put(rows.getString(1), rows.getLong(2));
            }
        }
        return parked;
    }

    private static List<String> topics(Connection connection) throws SQLException {
        List<String> topics = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT stream_type FROM events");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                topics.add(Topics.forStreamType(rows.getString(1)));
            }
        }
        return topics;
    }

    private static long count(Connection connection, String comparison, Position checkpoint) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM events"
                + " WHERE (tx_id, global_position) " + comparison + " (?::xid8, ?)")) {
            query.setString(1, checkpoint.txIdLiteral());
            query.setLong(2, checkpoint.globalPosition());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private record Missing(String streamId, long version, long globalPosition) {
    }

    /** One stream's differences, while they are being counted. */
    private static final class Discrepancy {

        final String streamId;
        String streamType;
        long missing;
        final List<Long> missingVersions = new ArrayList<>();
        long duplicated;
        long outOfOrder;

        Discrepancy(String streamId) {
            this.streamId = streamId;
        }

        void missing(long version) {
            missing++;
            if (missingVersions.size() < VERSIONS_LISTED) {
                missingVersions.add(version);
            }
        }

        StreamDiscrepancy view() {
            return new StreamDiscrepancy(streamId, streamType, missing, List.copyOf(missingVersions), duplicated,
                    outOfOrder);
        }
    }
}
