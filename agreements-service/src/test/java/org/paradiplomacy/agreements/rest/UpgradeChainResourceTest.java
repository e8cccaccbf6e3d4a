package org.paradiplomacy.agreements.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.paradiplomacy.agreements.rest.AgreementResourceTest.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.TopicProbe;

/** Letters of intent upgraded by MoUs upgraded by agreements: each upgrade supersedes the one before it. */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class UpgradeChainResourceTest {

    private static final String PROBLEM = "application/problem+json";

    static String agreement(String kind, String a, String b, String upgrades, String signedOn) {
        return post("/api/v1/agreements", body(kind, a, b, upgrades, signedOn)).statusCode(201).extract().path("id");
    }

    static String body(String kind, String a, String b, String upgrades, String signedOn) {
        return """
                {"kind": "%s", "title": "%s", "parties": ["%s", "%s"]%s, %s}""".formatted(kind, kind, a, b,
                upgrades == null ? "" : ", \"upgrades\": \"" + upgrades + "\"",
                signedOn == null ? "\"proposedOn\": \"2015-01\""
                        : "\"signed\": {\"signedOn\": \"" + signedOn + "\", \"sources\": [{\"title\": \"Signed\"}]}");
    }

    @Test
    void aChainOfThreeIsReadableFromEitherEndAndEachSigningSupersedesTheOneBefore() throws Exception {
        String chengdu = ActorTopic.known("Chengdu", "CN", "CN-SC");
        String laPlata = ActorTopic.known("La Plata", "AR", "AR-B");
        String letter = agreement("letter-of-intent", chengdu, laPlata, null, "2015-03-01");
        String mou = agreement("memorandum-of-understanding", laPlata, chengdu, letter, null);
        given().when().get("/api/v1/agreements/" + letter).then().body("status", equalTo("signed"))
                .body("active", equalTo(true)).body("upgradedBy", equalTo(mou)).body("supersededBy", nullValue());

        post("/api/v1/agreements/" + mou + "/signature", """
                {"signedOn": "2016-06", "sources": [{"title": "MoU signed in La Plata"}]}""").statusCode(200)
                .body("status", equalTo("signed")).body("upgrades", equalTo(letter));
        given().when().get("/api/v1/agreements/" + letter).then().header("ETag", "\"3\"")
                .body("status", equalTo("superseded")).body("active", equalTo(false))
                .body("supersededBy", equalTo(mou)).body("supersededOn", equalTo("2016-06"))
                .body("upgradedBy", equalTo(mou)).body("sources.title", hasItems("Signed", "MoU signed in La Plata"));
        String sisterCities = agreement("sister-city", chengdu, laPlata, mou, "2018-01-31");
        given().when().get("/api/v1/agreements/" + mou).then().body("status", equalTo("superseded"))
                .body("supersededOn", equalTo("2018-01-31"));

        for (String link : List.of(letter, mou, sisterCities)) {
            given().when().get("/api/v1/agreements/" + link + "/chain").then().statusCode(200)
                    .body("id", contains(letter, mou, sisterCities))
                    .body("status", contains("superseded", "superseded", "signed"))
                    .body("upgradedBy", contains(mou, sisterCities, null));
        }
        given().queryParam("asOf", "2016-06-29").when().get("/api/v1/agreements/" + letter).then()
                .body("status", equalTo("signed")).body("active", equalTo(true));
        given().queryParam("asOf", "2016-06-30").when().get("/api/v1/agreements/" + letter).then()
                .body("status", equalTo("superseded"));
        given().queryParam("party", chengdu).queryParam("status", "superseded").when().get("/api/v1/agreements")
                .then().body("items.id", contains(mou, letter));
        given().when().get("/api/v1/agreements/" + letter + "/events").then()
                .body("type", contains("AgreementProposed", "AgreementSigned", "AgreementSuperseded"));

        try (TopicProbe topic = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                "paradiplomacy.agreements.v1")) {
            List<ConsumerRecord<String, String>> records = topic.awaitRecordsWithKeys(List.of(letter), 3);
            assertThat(records).extracting(r -> new String(r.headers().lastHeader("ce_type").value(),
                    StandardCharsets.UTF_8)).containsExactly("org.paradiplomacy.agreement.proposed.v2",
                    "org.paradiplomacy.agreement.signed.v2", "org.paradiplomacy.agreement.superseded.v1");
            JsonNode superseded = EventJson.MAPPER.readTree(records.getLast().value());
            assertThat(superseded.path("supersededBy").asText()).isEqualTo(mou);
            assertThat(superseded.path("supersededOn").asText()).isEqualTo("2016-06");
            assertThat(superseded.path("parties")).extracting(p -> p.path("name").asText())
                    .containsExactly("Chengdu", "La Plata");
        }
    }

    @Test
    void anUpgradeNamesASignedUnwithdrawnAgreementBetweenTheSameParties() {
        String xiamen = ActorTopic.known("Xiamen", "CN", "CN-FJ");
        String guadalajara = ActorTopic.known("Guadalajara", "MX", "MX-JAL");
        String lima = ActorTopic.known("Lima", "PE", "PE-LIM");
        String letter = agreement("letter-of-intent", xiamen, guadalajara, null, "2003-01-10");

        post("/api/v1/agreements", body("memorandum-of-understanding", xiamen, lima, letter, null)).statusCode(422)
                .contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("upgrades"))
                .body("errors[0].message", containsString("is between Xiamen (" + xiamen + ") and Guadalajara ("
                        + guadalajara + "): an upgrade is between the same parties"));
        String proposal = agreement("letter-of-intent", xiamen, guadalajara, null, null);
        post("/api/v1/agreements", body("memorandum-of-understanding", xiamen, guadalajara, proposal, null))
                .statusCode(422).body("errors[0].field", equalTo("upgrades"))
                .body("errors[0].message", containsString("is proposed"));
        post("/api/v1/agreements", body("memorandum-of-understanding", xiamen, guadalajara,
                "1d2c3b4a-0000-4000-8000-000000000000", null)).statusCode(422)
                .body("errors[0].message", equalTo("no agreement 1d2c3b4a-0000-4000-8000-000000000000 is recorded"));
        String inError = agreement("letter-of-intent", xiamen, guadalajara, null, "2004-01-10");
        post("/api/v1/agreements/" + inError + "/withdrawal", "{\"reason\": \"recorded twice\"}").statusCode(200);
        post("/api/v1/agreements", body("memorandum-of-understanding", xiamen, guadalajara, inError, null))
                .statusCode(422).body("errors[0].field", equalTo("upgrades"))
                .body("errors[0].message", containsString("was withdrawn"));
        post("/api/v1/agreements", body("memorandum-of-understanding", xiamen, guadalajara, "x".repeat(65), null))
                .statusCode(422).body("errors[0].field", equalTo("upgrades"));

        String first = agreement("memorandum-of-understanding", guadalajara, xiamen, letter, null);
        post("/api/v1/agreements", body("memorandum-of-understanding", xiamen, guadalajara, letter, "2005-01"))
                .statusCode(409).contentType(startsWith(PROBLEM))
                .body("detail", containsString("already upgraded by agreement " + first));
        post("/api/v1/agreements/" + first + "/termination", "{\"terminatedOn\": \"2015-02\", \"reason\": \"abandoned\"}")
                .statusCode(200);
        String second = agreement("memorandum-of-understanding", xiamen, guadalajara, letter, "2016");
        given().when().get("/api/v1/agreements/" + letter).then().body("supersededBy", equalTo(second))
                .body("supersededOn", equalTo("2016"));
        post("/api/v1/agreements/" + second + "/withdrawal", "{\"reason\": \"x\"}").statusCode(409)
                .body("detail", containsString("superseded agreement " + letter));
        post("/api/v1/agreements", body("cooperation", xiamen, guadalajara, letter, null)).statusCode(409)
                .body("detail", containsString("already superseded by agreement " + second));
    }

    @Test
    void anUpgradeSignedBeforeTheAgreementItUpgradesIsRefusedAndOneAttestedSupersedesItFromTheDayAttested() {
        String shanxi = ActorTopic.known("Shanxi", "CN", "CN-SX");
        String ohiggins = ActorTopic.known("O'Higgins", "CL", "CL-LI");
        String letter = agreement("letter-of-intent", shanxi, ohiggins, null, "2018-11-04");
        post("/api/v1/agreements", body("memorandum-of-understanding", shanxi, ohiggins, letter, "2017"))
                .statusCode(422).body("errors[0].field", equalTo("signed.signedOn"))
                .body("errors[0].message", containsString("must not be before the last change of the agreement it upgrades"));
        given().queryParam("party", shanxi).when().get("/api/v1/agreements").then().body("total", equalTo(1));
        given().when().get("/api/v1/agreements/" + letter).then().body("status", equalTo("signed"))
                .body("upgradedBy", nullValue()).header("ETag", "\"2\"");

        String attested = post("/api/v1/agreements", """
                {"kind": "memorandum-of-understanding", "title": "MoU", "parties": ["%s", "%s"], "upgrades": "%s",
                 "signed": {"signedNoLaterThan": "2026-11-01"}}""".formatted(ohiggins, shanxi, letter))
                .statusCode(201).extract().path("id");
        given().when().get("/api/v1/agreements/" + letter).then().body("status", equalTo("superseded"))
                .body("supersededBy", equalTo(attested)).body("supersededOn", equalTo("2026-11-01"));
    }

    @Test
    void twoUpgradesRacingForOneAgreementCannotBothWin() throws Exception {
        String yunnan = ActorTopic.known("Yunnan", "CN", "CN-YN");
        String losRios = ActorTopic.known("Los Ríos", "CL", "CL-LR");
        String letter = agreement("letter-of-intent", yunnan, losRios, null, "2010-04-01");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = List.of(1, 2).stream().map(i -> racers.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON)
                        .body(body("memorandum-of-understanding", yunnan, losRios, letter, "2012-04-0" + i))
                        .when().post("/api/v1/agreements").then().extract().statusCode();
            })).toList();
            start.countDown();
            List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            racers.shutdownNow();
        }
        given().when().get("/api/v1/agreements/" + letter + "/events").then()
                .body("type", contains("AgreementProposed", "AgreementSigned", "AgreementSuperseded"));
        given().queryParam("party", yunnan).when().get("/api/v1/agreements").then().body("total", equalTo(2));
    }
}
