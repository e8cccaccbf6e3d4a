package org.paradiplomacy.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;
import org.paradiplomacy.eventsourcing.outbox.OutboxRelay;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.TopicProbe;

/** The operator's check of the topics against the store finds what an old relay lost or doubled, and repairs it. */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "editor", "reader"})
class PublicationVerificationTest {

    @Inject
    EventStore store;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    private final String bootstrap = ObservatoryTestResource.broker().bootstrapServers();

    @AfterEach
    void relayRuns() {
        relay.start();
    }

    @Test
    void findsMissingAndDuplicatedEventsAndRepublishesTheMissingOnes() throws Exception {
        String lost = Streams.newStreamId();
        String doubled = Streams.newStreamId();
        try (TopicProbe topic = new TopicProbe(bootstrap, Streams.TOPIC)) {
            Streams.append(store, doubled, 0, 2);
            topic.awaitRecordsWithKeys(List.of(doubled), 2);
            sendAgain(doubled, 1);

            // What the old relay did: its checkpoint passed events it never sent.
            relay.stop();
            Streams.append(store, lost, 0, 3);
            moveCheckpointToTheLastEvent();
            relay.start();
            Streams.append(store, lost, 3, 1);
            topic.awaitRecordsWithKeys(List.of(lost), 1);

            JsonPath found = verification(false);
            assertThat(found.getLong("missing")).isGreaterThanOrEqualTo(3);
            assertThat(found.getLong("duplicated")).isGreaterThanOrEqualTo(1);
            assertThat(found.getList("streams.findAll { it.streamId == '" + lost + "' }.missingVersions[0]", Long.class))
                    .containsExactly(1L, 2L, 3L);
            assertThat(found.getInt("streams.find { it.streamId == '" + doubled + "' }.duplicated")).isEqualTo(1);
            assertThat(found.getString("summary")).contains("events checked").contains("missing");

            JsonPath repaired = verification(true);
            assertThat(repaired.getLong("republished")).isEqualTo(repaired.getLong("missing"))
                    .isGreaterThanOrEqualTo(3);
            assertThat(Streams.versionsOf(topic.awaitRecordsWithKeys(List.of(lost), 4), lost))
                    .containsExactlyInAnyOrder(1L, 2L, 3L, 4L);

            JsonPath after = verification(false);
            assertThat(after.getLong("missing")).isZero();
            // Republished after a later event of their stream: reported, for consumers that fold by version.
            assertThat(after.getInt("streams.find { it.streamId == '" + lost + "' }.outOfOrder")).isEqualTo(3);
        }
    }

    @Test
    void beforeAnyCheckTheVerificationIsIdleOrReportsTheLastOne() {
        String state = given().when().get("/api/v1/admin/publication/verification").then().statusCode(200)
                .extract().path("state");
        assertThat(state).isIn("idle", "done");
    }

    private JsonPath verification(boolean repair) {
        given().queryParam("repair", repair).when().post("/api/v1/admin/publication/verification")
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> !"running".equals(given()
                .when().get("/api/v1/admin/publication/verification").then().extract().path("state")));
        JsonPath result = given().when().get("/api/v1/admin/publication/verification").then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getString("state")).as(result.prettify()).isEqualTo("done");
        return result;
    }

    private void sendAgain(String stream, long version) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new StringSerializer())) {
            producer.send(CloudEvents.record(store.load(Streams.TYPE, stream).get((int) version - 1), "/kernel-test",
                    "http://localhost:8080"))
                    .get();
        }
    }

    private void moveCheckpointToTheLastEvent() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE outbox_checkpoint c SET tx_id = e.tx_id, position = e.global_position"
                    + " FROM (SELECT tx_id, global_position FROM events ORDER BY tx_id DESC, global_position DESC"
                    + " LIMIT 1) e WHERE c.relay = 'kafka'");
        }
    }
}
