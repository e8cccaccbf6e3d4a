package org.paradiplomacy.agreements.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.TopicProbe;

@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class AgreementResourceTest {

    private static final String PROBLEM = "application/problem+json";

    static ValidatableResponse post(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).when().post(path).then();
    }

    static String signed(String a, String b, String on) {
        return post("/api/v1/agreements", """
                {"kind": "sister-city", "title": "Sister cities", "parties": ["%s", "%s"], "fields": ["culture", "trade"],
                 "signed": {"signedOn": "%s", "place": "Wuhan"}}""".formatted(a, b, on))
                .statusCode(201).extract().path("id");
    }

    @Test
    void anAgreementRecordedAsSignedIsPublishedAsProposedThenSigned() throws Exception {
        String wuhan = ActorTopic.known("Wuhan", "CN", "CN-HB");
        String concepcion = ActorTopic.known("Concepción", "CL", "CL-BI");

        String id = post("/api/v1/agreements", """
                {"kind": "sister-city", "title": "Sister-city agreement between Wuhan and Concepción",
                 "parties": ["%s", "%s"], "fields": ["culture", "education"],
                 "signed": {"signedOn": "2016-04-07", "place": "Wuhan"}}""".formatted(wuhan, concepcion))
                .statusCode(201).header("ETag", "\"2\"").header("Location", containsString("/api/v1/agreements/"))
                .body("status", equalTo("signed")).body("active", equalTo(true))
                .body("signedOn", equalTo("2016-04-07")).extract().path("id");

        try (TopicProbe topic = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                "paradiplomacy.agreements.v1")) {
            List<ConsumerRecord<String, String>> records = topic.awaitRecordsWithKeys(List.of(id), 2);
            assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                    "org.paradiplomacy.agreement.proposed.v2", "org.paradiplomacy.agreement.signed.v2");
            assertThat(records).extracting(r -> header(r, "ce_source")).containsOnly("/agreements-service");
            JsonNode parties = EventJson.MAPPER.readTree(records.getFirst().value()).path("parties");
            assertThat(parties).extracting(p -> p.path("actorId").asText()).containsExactly(wuhan, concepcion);
            assertThat(parties).extracting(p -> p.path("subdivision").asText()).containsExactly("CN-HB", "CL-BI");
        }
    }

    @Test
    void aListWithoutDatesRecordsTheSigningAsAttestedNoLaterThanItsDay() {
        String rosario = ActorTopic.known("Rosario", "AR", "AR-S");
        String tianjin = ActorTopic.known("Tianjin", "CN", "CN-TJ");
        String attested = """
                {"kind": "sister-city", "title": "Sister cities: Rosario – Tianjin", "parties": ["%s", "%s"],
                 "signed": {%s}}""";

        String id = post("/api/v1/agreements", attested.formatted(rosario, tianjin, "\"signedNoLaterThan\": \"2026-11-01\""))
                .statusCode(201).body("status", equalTo("signed")).body("active", equalTo(true))
                .body("signedOn", equalTo(null)).body("signedNoLaterThan", equalTo("2026-11-01")).extract().path("id");
        try (TopicProbe topic = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                "paradiplomacy.agreements.v1")) {
            assertThat(topic.awaitRecordsWithKeys(List.of(id), 2)).extracting(r -> header(r, "ce_type")).containsExactly(
                    "org.paradiplomacy.agreement.proposed.v2", "org.paradiplomacy.agreement.signing-attested.v2");
        }

        post("/api/v1/agreements", attested.formatted(rosario, tianjin,
                "\"signedOn\": \"2016-04-07\", \"signedNoLaterThan\": \"2026-11-01\"")).statusCode(422)
                .contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("signedNoLaterThan"));
        post("/api/v1/agreements", attested.formatted(rosario, tianjin, "\"place\": \"Rosario\"")).statusCode(422)
                .body("errors[0].field", equalTo("signedOn"));
    }

    @Test
    void anAgreementGoesThroughItsLifeAndRefusesIllegalSteps() {
        String a = ActorTopic.known("Xiamen", "CN", "CN-FJ");
        String b = ActorTopic.known("Guadalajara", "MX", "MX-JAL");
        String id = post("/api/v1/agreements", """
                {"kind": "letter-of-intent", "title": "Intent", "parties": ["%s", "%s"], "proposedOn": "2003-01-10"}"""
                .formatted(a, b)).statusCode(201).body("status", equalTo("proposed")).extract().path("id");
        String base = "/api/v1/agreements/" + id;

        post(base + "/signature", "{\"signedOn\": \"2002-12-31\"}").statusCode(422)
                .body("errors[0].field", equalTo("signedOn"));
        post(base + "/signature", "{\"signedOn\": \"2003-08-15\", \"place\": \"Xiamen\"}").statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("signed"));
        post(base + "/suspension", "{\"suspendedOn\": \"2020-03-01\", \"reason\": \"pandemic\"}").statusCode(200)
                .body("status", equalTo("suspended")).body("active", equalTo(false));
        post(base + "/reinstatement", "{\"reinstatedOn\": \"2023-01-15\"}").statusCode(200).body("status", equalTo("signed"));
        post(base + "/renewals", "{\"renewedOn\": \"2023-08-15\", \"validUntil\": \"2028-08-15\"}").statusCode(200)
                .body("validUntil", equalTo("2028-08-15"));
        given().header("If-Match", "\"2\"").contentType(ContentType.JSON).body("{\"terminatedOn\": \"2024-01-01\", \"reason\": \"x\"}")
                .when().post(base + "/termination").then().statusCode(412).contentType(startsWith(PROBLEM));
        post(base + "/termination", "{\"terminatedOn\": \"2024-01-01\", \"reason\": \"Replaced\"}").statusCode(200)
                .body("status", equalTo("terminated")).body("endReason", equalTo("Replaced"));
        post(base + "/termination", "{\"terminatedOn\": \"2024-02-01\", \"reason\": \"again\"}").statusCode(409)
                .contentType(startsWith(PROBLEM)).body("detail", containsString("terminated"));

        given().queryParam("asOf", "2010-01-01").when().get(base).then().statusCode(200).body("status", equalTo("signed"));
        given().queryParam("asOf", "2021-01-01").when().get(base).then().body("status", equalTo("suspended"));
        given().queryParam("asOf", "2003-01-01").when().get(base).then().statusCode(404);
        given().when().get(base + "/events").then().body("type", contains("AgreementProposed", "AgreementSigned",
                "AgreementSuspended", "AgreementReinstated", "AgreementRenewed", "AgreementTerminated"));
    }

    @Test
    void aSignedAgreementExpires() {
        String a = ActorTopic.known("Yunnan", "CN", "CN-YN");
        String b = ActorTopic.known("Los Ríos", "CL", "CL-LR");
        String id = signed(a, b, "2012-04-01");

        post("/api/v1/agreements/" + id + "/expiry", "{\"expiredOn\": \"2012-03-01\"}").statusCode(422)
                .body("errors[0].field", equalTo("expiredOn"));
        post("/api/v1/agreements/" + id + "/expiry", "{\"expiredOn\": \"2022-04-01\"}").statusCode(200)
                .body("status", equalTo("expired")).body("active", equalTo(false));
        given().queryParam("party", a).queryParam("status", "expired").when().get("/api/v1/agreements").then()
                .body("items.id", contains(id));
    }

    @Test
    void partiesMustBeTwoDistinctKnownUnretiredActors() {
        String a = ActorTopic.known("Shanghai", "CN", "CN-SH");
        String ghost = UUID.randomUUID().toString();

        post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "x", "parties": ["%s", "%s"], "proposedOn": "2020-01-01"}"""
                .formatted(a, a)).statusCode(422).body("errors[0].field", equalTo("parties[1]"))
                .body("errors[0].message", containsString("listed twice"));
        post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "x", "parties": ["%s"], "proposedOn": "2020-01-01"}"""
                .formatted(a)).statusCode(422).body("errors[0].field", equalTo("parties"));
        post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "x", "parties": ["%s", "%s"], "proposedOn": "2099-01-01"}"""
                .formatted(a, ghost)).statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", contains("parties[1]", "proposedOn"))
                .body("errors[0].message", containsString(ghost));
        post("/api/v1/agreements", "{\"kind\": \"treaty\", \"title\": \"x\"}").statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        post("/api/v1/agreements", "{\"kind\": \"cooperation\", \"fields\": [\"space\"]}").statusCode(400)
                .body("errors[0].field", equalTo("fields[0]"));
    }

    @Test
    void anActorRegisteredLateIsAcceptedOnceItsEventArrives() {
        String a = ActorTopic.known("Chengdu", "CN", "CN-SC");
        String late = UUID.randomUUID().toString();
        String body = """
                {"kind": "sister-city", "title": "Chengdu–La Plata", "parties": ["%s", "%s"],
                 "signed": {"signedOn": "2018-01-31"}}""".formatted(a, late);

        post("/api/v1/agreements", body).statusCode(422).body("errors[0].field", equalTo("parties[1]"));
        given().when().get("/api/v1/directory/actors/" + late).then().statusCode(404);

        ActorTopic.registered(late, "La Plata", "AR", "AR-B");
        ActorTopic.awaitKnown(late);
        post("/api/v1/agreements", body).statusCode(201);
    }

    @Test
    void theDirectoryIgnoresRepeatedAndStaleActorEventsAndARetiredActorEntersNothing() {
        String a = ActorTopic.known("Beijing", "CN", "CN-BJ");
        String b = UUID.randomUUID().toString();
        String registration = ActorTopic.registered(b, "Rio de Janeiro", "BR", "BR-RJ");
        ActorTopic.awaitKnown(b);
        ActorTopic.retired(b, 2);
        await(() -> given().when().get("/api/v1/directory/actors/" + b).then().extract().<Boolean>path("retired"));

        ActorTopic.send(b, registration, "org.paradiplomacy.actor.registered.v1", 1,
                "{\"actorId\": \"" + b + "\", \"names\": {\"en\": \"Rio\"}, \"place\": {\"country\": \"BR\"}}");
        ActorTopic.send(b, UUID.randomUUID().toString(), "org.paradiplomacy.actor.registered.v1", 1,
                "{\"actorId\": \"" + b + "\", \"names\": {\"en\": \"Rio again\"}, \"place\": {\"country\": \"BR\"}}");
        // One stream's events are applied in order: once version 3 is in, the repeated and stale ones were seen.
        ActorTopic.send(b, UUID.randomUUID().toString(), "org.paradiplomacy.actor.alias-added.v1", 3,
                "{\"actorId\": \"" + b + "\", \"alias\": \"Rio\"}");
        await(() -> given().when().get("/api/v1/directory/actors/" + b).then().extract().<Integer>path("version") == 3);

        given().when().get("/api/v1/directory/actors/" + b).then().body("retired", equalTo(true))
                .body("name", equalTo("Rio de Janeiro"));
        post("/api/v1/agreements", """
                {"kind": "sister-city", "title": "Beijing–Rio", "parties": ["%s", "%s"], "signed": {"signedOn": "1986-11-24"}}"""
                .formatted(a, b)).statusCode(422).body("errors[0].message", containsString("retired"));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheDirectoryGoesOn() {
        ActorTopic.sendRecord(new ProducerRecord<>(ActorTopic.TOPIC, "poison", "not json"));
        String after = ActorTopic.known("After the poison", "CL", "CL-VS");

        try (TopicProbe dlq = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                "paradiplomacy.dlq.agreements-service.directory")) {
            ConsumerRecord<String, String> letter = dlq.awaitRecordsWithKeys(List.of("poison"), 1).getFirst();
            assertThat(letter.value()).isEqualTo("not json");
            assertThat(header(letter, "dlq_reason")).contains("not a CloudEvent");
            assertThat(header(letter, "dlq_topic")).isEqualTo(ActorTopic.TOPIC);
        }
        given().when().get("/api/v1/directory/actors/" + after).then().statusCode(200);
    }

    @Test
    void listsFilterByPartyPlaceStatusFieldAndDates() {
        String tag = UUID.randomUUID().toString();
        String wuhan = ActorTopic.known("Wuhan " + tag, "CN", "CN-HB");
        String concepcion = ActorTopic.known("Concepción " + tag, "CL", "CL-BI");
        String recife = ActorTopic.known("Recife " + tag, "BR", "BR-PE");
        String first = signed(wuhan, concepcion, "2016-04-07");
        String second = signed(wuhan, recife, "2007-10-22");

        given().queryParam("party", wuhan).when().get("/api/v1/agreements").then()
                .body("items.id", contains(first, second)).body("total", equalTo(2));
        given().queryParam("party", wuhan).queryParam("subdivision", "BR-PE").when().get("/api/v1/agreements").then()
                .body("items.id", contains(second));
        given().queryParam("party", wuhan).queryParam("country", "CL").queryParam("status", "signed")
                .queryParam("field", "trade").when().get("/api/v1/agreements").then().body("items.id", contains(first));
        given().queryParam("party", wuhan).queryParam("from", "2010-01-01").when().get("/api/v1/agreements").then()
                .body("items.id", contains(first));
        given().queryParam("party", wuhan).queryParam("to", "2010-01-01").when().get("/api/v1/agreements").then()
                .body("items.id", contains(second));
        given().queryParam("from", "soon").when().get("/api/v1/agreements").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void aRetriedRecordingWithTheSameIdempotencyKeyRecordsNothingNew() {
        String a = ActorTopic.known("Valparaíso", "CL", "CL-VS");
        String b = ActorTopic.known("Shanghai", "CN", "CN-SH");
        String body = """
                {"kind": "sister-city", "title": "Shanghai–Valparaíso", "parties": ["%s", "%s"], "signed": {"signedOn": "2001-07-10"}}"""
                .formatted(a, b);
        String key = UUID.randomUUID().toString();
        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/agreements").then().statusCode(201).extract().path("id");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/agreements").then().statusCode(201).body("id", equalTo(first))
                .header("Idempotent-Replayed", "true");
        given().queryParam("party", a).when().get("/api/v1/agreements").then().body("total", equalTo(1));
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    static void await(Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(condition);
    }
}
