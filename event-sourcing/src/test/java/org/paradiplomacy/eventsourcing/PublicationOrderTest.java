package org.paradiplomacy.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;
import org.paradiplomacy.eventsourcing.outbox.DatabaseAddress;
import org.paradiplomacy.eventsourcing.outbox.OutboxRelay;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.PostgresCluster;
import org.paradiplomacy.testing.TopicProbe;

/**
 * Transaction ids grow a digit at every power of ten, where their text sorts out of their numeric order ("100000"
 * before "99999"): a relay that compared them as text once lost and repeated events there. On a cluster of its
 * own, whose counter it moves on, this test writes a backlog across 100,000 and publishes it.
 */
class PublicationOrderTest {

    private static final String TYPE = "crossing";
    private static final String TOPIC = "paradiplomacy.crossings.v1";
    private static final long BOUNDARY = 100_000;
    private static final int STREAMS = 40;
    private static final int EVENTS = 1_200;

    private static PostgresCluster cluster;
    private static String jdbcUrl;

    @BeforeAll
    static void aClusterOfItsOwn() {
        cluster = PostgresCluster.create().start();
        jdbcUrl = cluster.createDatabase("crossing");
        Flyway.configure().dataSource(jdbcUrl, cluster.user(), null).locations("classpath:db/event-store").load()
                .migrate();
    }

    @AfterAll
    static void dropTheCluster() {
        cluster.close();
    }

    @Test
    void aBacklogAcrossAPowerOfTenInTransactionIdsIsPublishedExactlyOnceAndInStreamOrder() throws SQLException {
        // The next transaction after the burn gets the id after the one burnt last.
        cluster.burnTransactionIdsTo(BOUNDARY - EVENTS / 2 - 1);
        Map<String, Long> versions = new HashMap<>();
        List<String> streams = new ArrayList<>();
        for (int i = 0; i < STREAMS; i++) {
            streams.add(UUID.randomUUID().toString());
        }
        String straddling = UUID.randomUUID().toString();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, cluster.user(), null)) {
            for (int i = 0; versions.values().stream().mapToLong(Long::longValue).sum() < EVENTS; i++) {
                if (cluster.nextTransactionId() == BOUNDARY - 1 && !versions.containsKey(straddling)) {
                    // Version 1 in the last transaction below the boundary, version 2 in the first above it.
                    append(connection, straddling, versions);
                    append(connection, straddling, versions);
                }
                append(connection, streams.get(i % STREAMS), versions);
            }
        }
        assertThat(transactionIds(straddling)).containsExactly(BOUNDARY - 1, BOUNDARY);
        assertThat(transactionIdRange()).containsExactly(BOUNDARY - EVENTS / 2, BOUNDARY + EVENTS / 2 - 1);

        OutboxRelay relay = new OutboxRelay(new TestRelayConfig("/crossing-test", 500, 1 << 20),
                new DatabaseAddress(jdbcUrl, cluster.user(), null), ObservatoryTestResource.broker().bootstrapServers());
        try (TopicProbe topic = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(), TOPIC)) {
            relay.start();
            long lastTransaction = BOUNDARY + EVENTS / 2 - 1;
            await().atMost(Duration.ofSeconds(60)).until(() -> checkpoint() == lastTransaction);
            // A few more rounds, so that anything published late or twice would have been sent too.
            long rounds = relay.completedRounds();
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.completedRounds() >= rounds + 3);
            List<ConsumerRecord<String, String>> records = topic.awaitRecords(
                    all -> all.size() >= relay.status().published());

            assertThat(records.size()).as("records on the topic").isEqualTo(EVENTS);
            assertThat(records).extracting(r -> Streams.header(r, CloudEvents.ID)).doesNotHaveDuplicates();
            versions.forEach((stream, last) -> assertThat(Streams.versionsOf(records, stream)).as(stream)
                    .isEqualTo(Streams.oneTo(last)));
        } finally {
            relay.stop();
        }
    }

    /** One event in a transaction of its own (the connection commits each statement). */
    private static void append(Connection connection, String stream, Map<String, Long> versions) throws SQLException {
        long version = versions.merge(stream, 1L, Long::sum);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (stream_id, stream_type,"
                + " stream_version, event_id, event_type, schema_version, payload, occurred_at)"
                + " VALUES (?, ?, ?, ?, 'CrossingRecorded', 1, ?::jsonb, ?)")) {
            insert.setString(1, stream);
            insert.setString(2, TYPE);
            insert.setLong(3, version);
            insert.setObject(4, UUID.randomUUID());
            insert.setString(5, "{\"n\": " + version + "}");
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static List<Long> transactionIds(String stream) throws SQLException {
        return longs("SELECT tx_id::text::bigint FROM events WHERE stream_id = '" + stream + "' ORDER BY stream_version");
    }

    private static List<Long> transactionIdRange() throws SQLException {
        return longs("SELECT x FROM (SELECT min(tx_id::text::bigint) AS a, max(tx_id::text::bigint) AS b FROM events) r,"
                + " LATERAL (VALUES (a), (b)) v(x)");
    }

    private static long checkpoint() throws SQLException {
        return longs("SELECT tx_id::text::bigint FROM outbox_checkpoint").getFirst();
    }

    private static List<Long> longs(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, cluster.user(), null);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        }
    }
}
