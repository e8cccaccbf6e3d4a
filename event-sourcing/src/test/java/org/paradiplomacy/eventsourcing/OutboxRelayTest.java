package org.paradiplomacy.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;
import org.paradiplomacy.eventsourcing.outbox.DatabaseAddress;
import org.paradiplomacy.eventsourcing.outbox.OutboxRelay;
import org.paradiplomacy.eventsourcing.outbox.RelayConfig;
import org.paradiplomacy.eventsourcing.store.EventMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.PostgresDatabases;
import org.paradiplomacy.testing.TopicProbe;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    EventStore store;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RelayConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    private final String bootstrap = ObservatoryTestResource.broker().bootstrapServers();

    @AfterEach
    void relayRunsAndBrokerServes() {
        if (!ObservatoryTestResource.broker().isRunning()) {
            ObservatoryTestResource.broker().restart();
        }
        relay.start();
    }

    @Test
    void publishesEachEventAsACloudEventKeyedByItsStream() {
        String stream = Streams.newStreamId();
        Streams.append(store, stream, 0, 1);

        try (TopicProbe topic = new TopicProbe(bootstrap, Streams.TOPIC)) {
            ConsumerRecord<String, String> record = topic.awaitRecordsWithKeys(List.of(stream), 1).getFirst();

            assertThat(record.key()).isEqualTo(stream);
            assertThat(record.value()).isEqualTo("{\"n\": 1}");
            assertThat(Streams.header(record, CloudEvents.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(Streams.header(record, CloudEvents.ID)).isEqualTo(store.load(Streams.TYPE, stream).getFirst().eventId().toString());
            assertThat(Streams.header(record, CloudEvents.TYPE)).isEqualTo("org.paradiplomacy.probe.recorded.v1");
            assertThat(Streams.header(record, CloudEvents.SOURCE)).isEqualTo("/kernel-test");
            assertThat(Streams.header(record, CloudEvents.SUBJECT)).isEqualTo(stream);
            assertThat(Streams.header(record, CloudEvents.TIME)).isNotBlank();
            assertThat(Streams.header(record, CloudEvents.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(Streams.header(record, CloudEvents.STREAM_VERSION)).isEqualTo("1");
            assertThat(Streams.header(record, CloudEvents.CORRELATION_ID)).isEqualTo("correlation-1");
        }
    }

    @Test
    void anEventWhoseTransactionCommitsAfterLaterOnesIsStillPublished() throws Exception {
        String early = Streams.newStreamId();
        String late = Streams.newStreamId();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> held = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            store.append(Streams.TYPE, early, 0, Streams.events(1), EventMetadata.none());
            appended.countDown();
            waitFor(commit);
        }));
        waitFor(appended);
        Streams.append(store, late, 0, 3);
        long roundsBefore = relay.completedRounds();
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.completedRounds() >= roundsBefore + 3);

        commit.countDown();
        held.get();

        try (TopicProbe topic = new TopicProbe(bootstrap, Streams.TOPIC)) {
            List<ConsumerRecord<String, String>> records = topic.awaitRecordsWithKeys(List.of(early, late), 4);
            assertThat(Streams.versionsOf(records, early)).containsExactly(1L);
            assertThat(Streams.versionsOf(records, late)).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void perStreamOrderHoldsWhileManyStreamsAreWrittenAtOnce() {
        List<String> streams = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            streams.add(Streams.newStreamId());
        }
        List<CompletableFuture<Void>> writers = streams.stream().map(stream -> CompletableFuture.runAsync(() -> {
            for (int version = 0; version < 20; version++) {
                Streams.append(store, stream, version, 1);
            }
        })).toList();
        writers.forEach(CompletableFuture::join);

        try (TopicProbe topic = new TopicProbe(bootstrap, Streams.TOPIC)) {
            List<ConsumerRecord<String, String>> records = topic.awaitRecordsWithKeys(streams, 100);
            streams.forEach(stream -> assertThat(Streams.versionsOf(records, stream))
                    .as(() -> records.stream().filter(r -> r.key().equals(stream)).map(r -> r.partition() + "@" + r.offset()
                            + ":v" + Streams.header(r, CloudEvents.STREAM_VERSION)).toList().toString())
                    .isEqualTo(Streams.oneTo(20)));
        }
    }

    @Test
    void eventsAppendedWhileTheBrokerIsDownAreDeliveredInOrderOnceItIsBack() {
        String stream = Streams.newStreamId();
        ObservatoryTestResource.broker().kill();

        for (int version = 0; version < 10; version++) {
            Streams.append(store, stream, version, 1);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !relay.status().healthy());

        ObservatoryTestResource.broker().restart();
        try (TopicProbe topic = new TopicProbe(bootstrap, Streams.TOPIC)) {
            List<ConsumerRecord<String, String>> records = topic.awaitRecordsWithKeys(List.of(stream), 10);
            assertThat(Streams.versionsOf(records, stream)).isEqualTo(Streams.oneTo(10));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.status().healthy());
    }

    @Test
    void aRestartedRelayNeitherLosesNorReordersEvents() {
        String stream = Streams.newStreamId();
        Streams.append(store, stream, 0, 300);
        relay.stop();
        Streams.append(store, stream, 300, 5);
        relay.start();
        relay.stop();
        Streams.append(store, stream, 305, 5);
        relay.start();

        try (TopicProbe topic = new TopicProbe(bootstrap, Streams.TOPIC)) {
            List<ConsumerRecord<String, String>> records = topic.awaitRecordsWithKeys(List.of(stream), 310);
            assertThat(Streams.versionsOf(records, stream)).isEqualTo(Streams.oneTo(310));
        }
    }

    @Test
    void ofTwoRelaysOnOneDatabaseOnlyOnePublishes() {
        OutboxRelay second = new OutboxRelay(config, database(), bootstrap);
        second.start();
        try {
            String stream = Streams.newStreamId();
            for (int version = 0; version < 30; version++) {
                Streams.append(store, stream, version, 1);
            }
            try (TopicProbe topic = new TopicProbe(bootstrap, Streams.TOPIC)) {
                List<ConsumerRecord<String, String>> records = topic.awaitRecordsWithKeys(List.of(stream), 30);
                assertThat(records).extracting(r -> Streams.header(r, CloudEvents.STREAM_VERSION))
                        .doesNotHaveDuplicates().hasSize(30);
                assertThat(Streams.versionsOf(records, stream)).isEqualTo(Streams.oneTo(30));
            }
            assertThat(List.of(relay.status().role(), second.status().role()))
                    .containsExactlyInAnyOrder("leader", "standby");
        } finally {
            second.stop();
        }
    }

    @Test
    void whenTheLeadersSessionIsKilledAnotherRelayTakesTheLeadAndNothingIsLost() throws Exception {
        OutboxRelay second = new OutboxRelay(config, database(), bootstrap);
        second.start();
        try {
            String stream = Streams.newStreamId();
            Streams.append(store, stream, 0, 5);
            try (TopicProbe topic = new TopicProbe(bootstrap, Streams.TOPIC)) {
                topic.awaitRecordsWithKeys(List.of(stream), 5);
                OutboxRelay leader = relay.status().role().equals("leader") ? relay : second;
                OutboxRelay standby = leader == relay ? second : relay;

                Instant killed = Instant.now();
                terminateLeaderSession();
                Streams.append(store, stream, 5, 5);

                List<ConsumerRecord<String, String>> records = topic.awaitRecordsWithKeys(List.of(stream), 10);
                Duration takeover = Duration.between(killed, Instant.now());
                System.out.printf("Publication resumed %d ms after the leader's session was terminated%n",
                        takeover.toMillis());
                assertThat(Streams.versionsOf(records, stream)).isEqualTo(Streams.oneTo(10));
                assertThat(takeover).isLessThan(Duration.ofSeconds(10));
                await().atMost(Duration.ofSeconds(30)).until(() -> List.of(leader.status().role(),
                        standby.status().role()).contains("leader"));
            }
        } finally {
            second.stop();
        }
    }

    /** Ends the PostgreSQL session that holds the relay's advisory lock, as a failover or a dead peer would. */
    private void terminateLeaderSession() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet killed = sql.executeQuery("SELECT pg_terminate_backend(l.pid) FROM pg_locks l"
                        + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                        + " AND a.application_name = 'outbox-relay' AND a.datname = current_database()")) {
            assertThat(killed.next()).as("a session holds the relay's lock").isTrue();
            assertThat(killed.getBoolean(1)).isTrue();
        }
    }

    private DatabaseAddress database() {
        return new DatabaseAddress(jdbcUrl, PostgresDatabases.user(), null);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
