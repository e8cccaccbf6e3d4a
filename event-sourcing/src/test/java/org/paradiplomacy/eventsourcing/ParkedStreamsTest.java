package org.paradiplomacy.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.domain.RuleViolation;
import org.paradiplomacy.eventsourcing.outbox.DatabaseAddress;
import org.paradiplomacy.eventsourcing.outbox.OutboxRelay;
import org.paradiplomacy.eventsourcing.outbox.ParkedStream;
import org.paradiplomacy.eventsourcing.outbox.ParkedStreams;
import org.paradiplomacy.eventsourcing.outbox.RelayConfig;
import org.paradiplomacy.eventsourcing.store.EventMetadata;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.eventsourcing.store.NewEvent;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.PostgresDatabases;
import org.paradiplomacy.testing.TopicProbe;

/** An event the broker refuses for good sets its own stream aside, and only that stream. */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "editor", "reader"})
class ParkedStreamsTest {

    @Inject
    EventStore store;

    @Inject
    OutboxRelay relay;

    @Inject
    RelayConfig config;

    @Inject
    ParkedStreams parkedStreams;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    private final String bootstrap = ObservatoryTestResource.broker().bootstrapServers();
    private OutboxRelay strict;

    @AfterEach
    void theServicesOwnRelayPublishesAgain() {
        if (strict != null) {
            strict.stop();
        }
        relay.start();
        parkedStreams.list().forEach(parked -> parkedStreams.requestRetry(parked.streamId()));
    }

    @Test
    void anEventTooLargeForTheBrokerParksItsStreamWhileOthersFlowAndARetryPublishesItInOrder() {
        String big = Streams.newStreamId();
        String other = Streams.newStreamId();
        try (TopicProbe topic = new TopicProbe(bootstrap, Streams.TOPIC)) {
            // Everything earlier published first, then a broker that takes records of at most 20 kB stands for
            // any limit an event may exceed.
            Streams.append(store, big, 0, 1);
            topic.awaitRecordsWithKeys(List.of(big), 1);
            relay.stop();
            strict = new OutboxRelay(new TestRelayConfig(config.source(), config.batchSize(), 20_000), database(), bootstrap);
            strict.start();
            append(big, 1, "{\"text\":\"" + "x".repeat(30_000) + "\"}");
            Streams.append(store, big, 2, 1);
            Streams.append(store, other, 0, 3);

            List<ConsumerRecord<String, String>> records = topic.awaitRecordsWithKeys(List.of(other, big), 4);
            assertThat(Streams.versionsOf(records, other)).isEqualTo(Streams.oneTo(3));
            await().atMost(Duration.ofSeconds(30)).until(() -> !parkedStreams.list().isEmpty());
            ParkedStream parked = parkedStreams.list().stream().filter(p -> p.streamId().equals(big)).findFirst()
                    .orElseThrow();
            assertThat(parked.fromVersion()).isEqualTo(2);
            assertThat(parked.reason()).contains("RecordTooLargeException");
            given().when().get("/q/metrics").then().statusCode(200)
                    .body(containsString("observatory_outbox_parked_streams 1.0"));
            given().when().get("/q/health/well").then().statusCode(503)
                    .body("checks.find { it.name == 'outbox-relay' }.data.parkedStreams", equalTo(1));

            given().when().get("/api/v1/admin/publication/parked-streams").then().statusCode(200)
                    .body("[0].streamId", equalTo(big)).body("[0].fromVersion", equalTo(2));
            given().when().post("/api/v1/admin/publication/parked-streams/{id}/retry", big).then().statusCode(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> parkedStreams.list().getFirst().attempts() == 2);
            assertThat(parkedStreams.list().getFirst().retryRequestedAt()).isNull();

            // The limit is raised: a retry publishes the waiting events, and the stream flows again.
            strict.stop();
            strict = null;
            relay.start();
            Streams.append(store, big, 3, 1);
            given().when().post("/api/v1/admin/publication/parked-streams/{id}/retry", big).then().statusCode(202);
            records = topic.awaitRecordsWithKeys(List.of(big), 4);
            assertThat(Streams.versionsOf(records, big)).isEqualTo(Streams.oneTo(4));
            await().atMost(Duration.ofSeconds(30)).until(() -> parkedStreams.count() == 0);
            given().when().get("/q/health/well").then().statusCode(200);
        }
    }

    @Test
    void retryingAStreamThatIsNotParkedIsNotFound() {
        given().when().post("/api/v1/admin/publication/parked-streams/{id}/retry", "no-such-stream")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("stream no-such-stream is not parked"));
    }

    @Test
    void theStoreRefusesAnEventOverItsLimitAndKeepsNothing() {
        String stream = Streams.newStreamId();
        String payload = "{\"text\":\"" + "é".repeat(EventStore.MAX_PAYLOAD_BYTES / 2) + "\"}";

        assertThatThrownBy(() -> append(stream, 0, payload)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("over the limit of 262144 bytes");
        assertThat(store.load(Streams.TYPE, stream)).isEmpty();

        String justUnder = "{\"t\":\"" + "x".repeat(EventStore.MAX_PAYLOAD_BYTES - 8) + "\"}";
        assertThat(append(stream, 0, justUnder)).isEqualTo(1);
    }

    private long append(String stream, long expectedVersion, String payload) {
        return QuarkusTransaction.requiringNew().call(() -> store.append(Streams.TYPE, stream, expectedVersion,
                List.of(new NewEvent(UUID.randomUUID(), "ProbeRecorded", 1, payload, Instant.now())),
                EventMetadata.none()));
    }

    private DatabaseAddress database() {
        return new DatabaseAddress(jdbcUrl, PostgresDatabases.user(), null);
    }
}
