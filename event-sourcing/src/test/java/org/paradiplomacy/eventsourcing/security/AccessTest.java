package org.paradiplomacy.eventsourcing.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.outbox.CloudEvents;
import org.paradiplomacy.eventsourcing.store.EventMetadata;
import org.paradiplomacy.eventsourcing.store.StoredEvent;
import org.paradiplomacy.testing.security.TestTokens;

/** Real bearer tokens, verified with the test key: who may write, what is refused, and what events record. */
@QuarkusTest
class AccessTest {

    private static final String PROBE = "/api/v1/security-probe";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void anAnonymousWriteIs401WithAProblemSayingWhichRoleAndHow() {
        given().when().post(PROBE)
                .then().statusCode(401).contentType(startsWith(PROBLEM))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("type", equalTo("urn:paradiplomacy:problem:unauthorized"))
                .body("detail", containsString("needs a bearer token with the role editor"))
                .body("detail", containsString("./observatory token editor"))
                .body("instance", equalTo(PROBE));
    }

    @Test
    void expiredForgedAndForeignTokensAreRefusedWith401() {
        for (String token : new String[] {TestTokens.expired("editor", "editor"),
                TestTokens.forged("editor", "editor"), TestTokens.fromAnotherIssuer("editor", "editor"),
                "not-a-token"}) {
            given().auth().oauth2(token).when().post(PROBE)
                    .then().statusCode(401).contentType(startsWith(PROBLEM))
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("detail", containsString("bearer token was refused"));
        }
    }

    @Test
    void aReaderMayNotWrite() {
        given().auth().oauth2(TestTokens.user("reader", "reader")).when().post(PROBE)
                .then().statusCode(403).contentType(startsWith(PROBLEM))
                .body("type", equalTo("urn:paradiplomacy:problem:forbidden"))
                .body("detail", containsString("needs the role editor"))
                .body("detail", containsString("reader"));
    }

    @Test
    void anEditorWritesAndTheEventsNameTheEditor() {
        given().auth().oauth2(TestTokens.user("editor", "editor")).when().post(PROBE)
                .then().statusCode(201)
                .body("principal", equalTo("editor"))
                .body("subject", equalTo("sub-editor"))
                .body("username", equalTo("editor"))
                .body("clientId", equalTo("observatory-cli"));
    }

    @Test
    void anAdminIsAnEditorTooAndAServiceAccountIsNamedByItsClient() {
        given().auth().oauth2(TestTokens.user("admin", "admin")).when().post(PROBE)
                .then().statusCode(201).body("principal", equalTo("admin"));
        given().auth().oauth2(TestTokens.serviceAccount("observatory-loader", "editor")).when().post(PROBE)
                .then().statusCode(201)
                .body("principal", equalTo("observatory-loader"))
                .body("username", equalTo("service-account-observatory-loader"))
                .body("clientId", equalTo("observatory-loader"));
    }

    @Test
    void administrationNeedsTheRoleAdmin() {
        given().when().get("/api/v1/admin/publication/parked-streams")
                .then().statusCode(401).contentType(startsWith(PROBLEM))
                .body("detail", containsString("role admin"));
        given().auth().oauth2(TestTokens.user("editor", "editor")).when().get("/api/v1/admin/publication/parked-streams")
                .then().statusCode(403).contentType(startsWith(PROBLEM))
                .body("detail", containsString("needs the role admin"));
        given().auth().oauth2(TestTokens.user("admin", "admin")).when().get("/api/v1/admin/publication/parked-streams")
                .then().statusCode(200);
    }

    @Test
    void readsArePublicByDefault() {
        given().when().get(PROBE).then().statusCode(200).body("principal", equalTo("anonymous"));
    }

    @Test
    void idempotencyKeysAreEachCallersOwn() {
        String key = UUID.randomUUID().toString();
        String alice = TestTokens.user("alice", "editor");
        String first = given().auth().oauth2(alice).header("Idempotency-Key", key).when().post(PROBE)
                .then().statusCode(201).extract().path("effect");
        String bobs = given().auth().oauth2(TestTokens.user("bob", "editor")).header("Idempotency-Key", key)
                .when().post(PROBE).then().statusCode(201).header("Idempotent-Replayed", (String) null)
                .body("principal", equalTo("bob")).extract().path("effect");
        String replay = given().auth().oauth2(alice).header("Idempotency-Key", key).when().post(PROBE)
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("effect");
        assertThat(bobs).isNotEqualTo(first);
        assertThat(replay).isEqualTo(first);
    }

    @Test
    void thePrincipalTravelsAsCloudEventsExtensions() {
        EventMetadata metadata = new EventMetadata("c-1", null, "editor", null, "sub-editor", "editor",
                "observatory-cli");
        StoredEvent event = new StoredEvent(1, "probe-1", "probe", 1, UUID.randomUUID(), "ProbeHappened", 1, "{}",
                EventJson.write(metadata), Instant.now(), Instant.now());
        ProducerRecord<String, String> record = CloudEvents.record(event, "/kernel-test", "http://localhost");
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        assertThat(headers).containsEntry("ce_principal", "editor")
                .containsEntry("ce_principalsubject", "sub-editor")
                .containsEntry("ce_principalclient", "observatory-cli");
    }
}
