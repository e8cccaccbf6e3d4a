package org.paradiplomacy.agreements.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.paradiplomacy.agreements.rest.AgreementResourceTest.header;
import static org.paradiplomacy.agreements.rest.AgreementResourceTest.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.TopicProbe;

/**
 * Records cite their sources and are dated as precisely as those sources (docs/decisions/0013), and the events
 * carry the actors' names and places, so a subscriber of one topic needs nothing else.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-editor"), @Claim(key = "preferred_username", value = "editor"),
        @Claim(key = "azp", value = "observatory-cli")})
class ProvenanceResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEWS = """
            {"title": "Sichuan y Biobío firman hermanamiento", "url": "https://www.gorebiobio.cl/noticias/2019",
             "publisher": "Gobierno Regional del Biobío", "publishedOn": "2019-11", "accessedOn": "2026-11-30", "language": "es"}""";
    private static final String LIST = """
            {"title": "Sister provinces of Sichuan", "url": "https://www.sc.gov.cn/sister-provinces", "language": "zh"}""";

    static String agreement(String a, String b, String signed) {
        return """
                {"kind": "sister-city", "title": "Sichuan–Biobío", "parties": ["%s", "%s"], "signed": %s}"""
                .formatted(a, b, signed);
    }

    @Test
    void anAgreementSignedIn2019WithTwoSourcesIsShownPublishedAndCountedAsTheDecisionSays() throws Exception {
        String sichuan = ActorTopic.known("Sichuan", "CN", "CN-SC");
        String biobio = ActorTopic.known("Biobío", "CL", "CL-BI");

        String id = post("/api/v1/agreements", agreement(sichuan, biobio,
                "{\"signedOn\": \"2019\", \"place\": \"Chengdu\", \"sources\": [" + NEWS + ", " + LIST + "]}"))
                .statusCode(201).body("signedOn", equalTo("2019")).body("status", equalTo("signed"))
                .body("sources.title", contains("Sichuan y Biobío firman hermanamiento", "Sister provinces of Sichuan"))
                .body("sources[0].publishedOn", equalTo("2019-11")).body("sourced", equalTo(true))
                .extract().path("id");
        String base = "/api/v1/agreements/" + id;

        given().when().get(base).then().statusCode(200).body("signedOn", equalTo("2019")).body("sources", hasSize(2))
                .body("sourced", equalTo(true));
        given().when().get(base + "/events").then()
                .body("cloudEventType", contains("org.paradiplomacy.agreement.proposed.v2",
                        "org.paradiplomacy.agreement.signed.v2"))
                .body("[1].data.signedOn", equalTo("2019")).body("[1].data.sources.url",
                        contains("https://www.gorebiobio.cl/noticias/2019", "https://www.sc.gov.cn/sister-provinces"))
                .body("[1].data.parties.country", contains("CN", "CL"));
        given().queryParam("party", sichuan).when().get("/api/v1/agreements").then()
                .body("items[0].signedOn", equalTo("2019")).body("items[0].sourced", equalTo(true));

        // Recorded after 2019, a signing in 2019 counts from the year's last day: not before.
        given().queryParam("asOf", "2019-06-30").when().get(base).then().statusCode(404)
                .contentType(startsWith(PROBLEM));
        given().queryParam("asOf", "2019-12-31").when().get(base).then().statusCode(200)
                .body("status", equalTo("signed")).body("signedOn", equalTo("2019"));

        try (TopicProbe topic = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                "paradiplomacy.agreements.v1")) {
            List<ConsumerRecord<String, String>> records = topic.awaitRecordsWithKeys(List.of(id), 2);
            assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                    "org.paradiplomacy.agreement.proposed.v2", "org.paradiplomacy.agreement.signed.v2");
            for (ConsumerRecord<String, String> record : records) {
                JsonNode parties = JSON.readTree(record.value()).path("parties");
                assertThat(parties).hasSize(2);
                assertThat(parties.get(0).path("actorId").asText()).isEqualTo(sichuan);
                assertThat(parties.get(0).path("name").asText()).isEqualTo("Sichuan");
                assertThat(parties.get(0).path("country").asText()).isEqualTo("CN");
                assertThat(parties.get(0).path("subdivision").asText()).isEqualTo("CN-SC");
                assertThat(parties.get(1).path("name").asText()).isEqualTo("Biobío");
                assertThat(parties.get(1).path("country").asText()).isEqualTo("CL");
                assertThat(parties.get(1).path("subdivision").asText()).isEqualTo("CL-BI");
            }
            JsonNode signed = JSON.readTree(records.get(1).value());
            assertThat(signed.path("signedOn").asText()).isEqualTo("2019");
            assertThat(signed.path("sources")).hasSize(2);
            assertThat(signed.path("sources").get(0).path("publisher").asText()).isEqualTo("Gobierno Regional del Biobío");

            String dataschema = header(records.get(1), "ce_dataschema");
            assertThat(dataschema).startsWith("http").endsWith("/schemas/org.paradiplomacy.agreement.signed.v2.json");
            String schema = given().when().get(URI.create(dataschema).getPath()).then().statusCode(200)
                    .extract().asString();
            assertThat(JSON.readTree(schema).path("$id").asText())
                    .isEqualTo("urn:paradiplomacy:schema:org.paradiplomacy.agreement.signed.v2");
        }
    }

    @Test
    void aDateInAnotherFormIsRefusedWith400NamingItsField() {
        String a = ActorTopic.known("Chongqing", "CN", "CN-CQ");
        String b = ActorTopic.known("Valparaíso", "CL", "CL-VS");
        for (String date : List.of("2019-13", "20/11/2026", "2019-02-30")) {
            post("/api/v1/agreements", agreement(a, b, "{\"signedOn\": \"" + date + "\"}")).statusCode(400)
                    .contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("signed.signedOn"))
                    .body("errors[0].message", containsString("give a date as YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        given().queryParam("party", a).when().get("/api/v1/agreements").then().body("total", equalTo(0));
    }

    @Test
    void badSourcesAreRefusedNamingEachFieldAndNothingIsStored() {
        String a = ActorTopic.known("Guangzhou", "CN", "CN-GD");
        String b = ActorTopic.known("Recife", "BR", "BR-PE");
        String body = """
                {"kind": "cooperation", "title": "Guangzhou–Recife", "parties": ["%s", "%s"],
                 "sources": [{"title": "An FTP page", "url": "ftp://example.org/page"}],
                 "signed": {"signedOn": "2019", "sources": [%s, {"publisher": "Nobody"}]}}""".formatted(a, b, NEWS);
        post("/api/v1/agreements", body).statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", contains("sources[0].url", "signed.sources[1]"));
        String six = String.join(", ", Collections.nCopies(6, LIST));
        post("/api/v1/agreements", agreement(a, b, "{\"signedOn\": \"2019\", \"sources\": [" + six + "]}"))
                .statusCode(422).body("errors.field", contains("signed.sources"))
                .body("errors[0].message", containsString("at most 5 sources"));
        given().queryParam("party", a).when().get("/api/v1/agreements").then().body("total", equalTo(0));

        String id = post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "Guangzhou–Recife", "parties": ["%s", "%s"], "proposedOn": "2019-03-05"}"""
                .formatted(a, b)).statusCode(201).body("sourced", equalTo(false)).body("sources", hasSize(0))
                .extract().path("id");
        post("/api/v1/agreements/" + id + "/signature", """
                {"signedOn": "2019", "sources": [{"title": "x", "url": "mailto:someone@example.org"}]}""")
                .statusCode(422).body("errors.field", contains("sources[0].url"));
        given().when().get("/api/v1/agreements/" + id).then().header("ETag", "\"1\"").body("status", equalTo("proposed"));
        given().when().get("/api/v1/agreements/" + id + "/events").then().body("", hasSize(1));
    }

    @Test
    void aStepMayNotWhollyPrecedeThePreviousOneNorLieWhollyInTheFuture() throws Exception {
        String a = ActorTopic.known("Hubei", "CN", "CN-HB");
        String b = ActorTopic.known("Jalisco", "MX", "MX-JAL");
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        String id = post("/api/v1/agreements", """
                {"kind": "cooperation", "title": "Hubei–Jalisco", "parties": ["%s", "%s"], "proposedOn": "2019-03-05"}"""
                .formatted(a, b)).statusCode(201).extract().path("id");
        String base = "/api/v1/agreements/" + id;

        post(base + "/signature", "{\"signedOn\": \"2018\"}").statusCode(422)
                .body("errors[0].field", equalTo("signedOn"))
                .body("errors[0].message", equalTo("must not be before the proposal (2019-03-05)"));
        post(base + "/signature", "{\"signedOn\": \"" + (year + 1) + "\"}").statusCode(422)
                .body("errors[0].field", equalTo("signedOn")).body("errors[0].message", equalTo("must not be in the future"));
        given().when().get(base).then().header("ETag", "\"1\"");
        post(base + "/signature", "{\"signedOn\": \"2019\", \"sources\": [" + LIST + "]}").statusCode(200)
                .body("signedOn", equalTo("2019")).body("sourced", equalTo(true));
        post(base + "/suspension", "{\"suspendedOn\": \"" + (year + 1) + "-01\"}").statusCode(422)
                .body("errors[0].field", equalTo("suspendedOn"));
        post(base + "/termination", "{\"terminatedOn\": \"" + year + "\", \"reason\": \"Ended\", \"sources\": [" + NEWS + "]}")
                .statusCode(200).body("status", equalTo("terminated"))
                .body("sources.title", contains("Sister provinces of Sichuan", "Sichuan y Biobío firman hermanamiento"));

        try (TopicProbe topic = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                "paradiplomacy.agreements.v1")) {
            ConsumerRecord<String, String> terminated = topic.awaitRecordsWithKeys(List.of(id), 3).get(2);
            assertThat(header(terminated, "ce_type")).isEqualTo("org.paradiplomacy.agreement.terminated.v2");
            JsonNode payload = JSON.readTree(terminated.value());
            assertThat(payload.path("terminatedOn").asText()).isEqualTo(String.valueOf(year));
            assertThat(payload.path("parties")).extracting(p -> p.path("name").asText()).containsExactly("Hubei", "Jalisco");
            assertThat(payload.path("parties")).extracting(p -> p.path("subdivision").asText()).containsExactly("CN-HB", "MX-JAL");
            assertThat(payload.path("sources").get(0).path("title").asText()).isEqualTo("Sichuan y Biobío firman hermanamiento");
        }
    }

    @Test
    void aMissionPlannedForAMonthIsCompletedInItsYearAndConferencesAndStatementsCiteTheirSources() {
        String biobio = ActorTopic.known("Biobío " + UUID.randomUUID(), "CL", "CL-BI");
        String sichuan = ActorTopic.known("Sichuan", "CN", "CN-SC");
        String id = post("/api/v1/missions", """
                {"kind": "official-visit", "leader": "%s", "hosts": ["%s"], "startsOn": "2019-05", "sources": [%s]}"""
                .formatted(biobio, sichuan, NEWS)).statusCode(201).body("startsOn", equalTo("2019-05"))
                .body("sourced", equalTo(true)).extract().path("id");
        post("/api/v1/missions/" + id + "/completion", "{\"completedOn\": \"2019-04\"}").statusCode(422)
                .body("errors[0].field", equalTo("completedOn"));
        post("/api/v1/missions/" + id + "/completion", "{\"completedOn\": \"2019\", \"sources\": [" + LIST + "]}")
                .statusCode(200).body("status", equalTo("completed")).body("completedOn", equalTo("2019"))
                .body("sources", hasSize(2));
        given().when().get("/api/v1/missions/" + id + "/events").then()
                .body("cloudEventType", contains("org.paradiplomacy.mission.planned.v2", "org.paradiplomacy.mission.completed.v2"))
                .body("[1].data.leader.country", equalTo("CL")).body("[1].data.hosts[0].subdivision", equalTo("CN-SC"));

        String conference = post("/api/v1/conferences", """
                {"title": "China–LAC Forum", "host": "%s", "participants": ["%s"], "startsOn": "2019-11",
                 "endsOn": "2019", "sources": [%s]}""".formatted(sichuan, biobio, LIST)).statusCode(201)
                .body("startsOn", equalTo("2019-11")).body("sourced", equalTo(true)).extract().path("id");
        given().when().get("/api/v1/conferences/" + conference + "/events").then()
                .body("[0].cloudEventType", equalTo("org.paradiplomacy.conference.held.v2"))
                .body("[0].data.host.name", equalTo("Sichuan")).body("[0].data.participants[0].country", equalTo("CL"));
        String statement = post("/api/v1/statements", """
                {"issuer": "%s", "about": ["%s"], "issuedOn": "2019", "title": "Sister provinces"}"""
                .formatted(sichuan, biobio)).statusCode(201).body("issuedOn", equalTo("2019"))
                .body("sourced", equalTo(false)).extract().path("id");
        given().when().get("/api/v1/statements/" + statement + "/events").then()
                .body("[0].data.issuer.subdivision", equalTo("CN-SC")).body("[0].data.about[0].subdivision", equalTo("CL-BI"));
        given().queryParam("asOf", "2019-12-30").when().get("/api/v1/statements/" + statement).then().statusCode(404);
        given().queryParam("asOf", "2019-12-31").when().get("/api/v1/statements/" + statement).then().statusCode(200);
    }
}
