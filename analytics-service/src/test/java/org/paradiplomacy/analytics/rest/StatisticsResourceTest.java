package org.paradiplomacy.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.analytics.projection.LiveProjection;
import org.paradiplomacy.testing.CloudEventPublisher;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.TopicProbe;

@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-admin"), @Claim(key = "preferred_username", value = "admin"),
        @Claim(key = "azp", value = "observatory-cli")})
class StatisticsResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/api/v1/stats/stream")
    URL stream;

    @Inject
    LiveProjection projection;

    @Inject
    AgroalDataSource dataSource;

    static CloudEventPublisher publisher() {
        return new CloudEventPublisher(ObservatoryTestResource.broker().bootstrapServers());
    }

    static String actor(CloudEventPublisher publisher, String country, String subdivision, String subregion) {
        String id = UUID.randomUUID().toString();
        publisher.send("paradiplomacy.actors.v1", id, UUID.randomUUID().toString(), "org.paradiplomacy.actor.registered.v1", 1, """
                {"actorId": "%s", "kind": "city", "names": {"en": "City %s"}, "place": {"country": "%s",
                 "subdivision": "%s", "m49Region": "x", "m49Subregion": "%s"}}""".formatted(id, id, country, subdivision, subregion));
        return id;
    }

    static String agreement(CloudEventPublisher publisher, String a, String b, String signedOn) {
        String id = UUID.randomUUID().toString();
        publisher.send("paradiplomacy.agreements.v1", id, UUID.randomUUID().toString(), "org.paradiplomacy.agreement.proposed.v1", 1, """
                {"agreementId": "%s", "kind": "sister-city", "title": "T", "parties": ["%s", "%s"], "fields": ["culture"]}"""
                .formatted(id, a, b));
        publisher.send("paradiplomacy.agreements.v1", id, UUID.randomUUID().toString(), "org.paradiplomacy.agreement.signed.v1", 2, """
                {"agreementId": "%s", "signedOn": "%s"}""".formatted(id, signedOn));
        return id;
    }

    static void awaitApplied(String agreementId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("years", 1).queryParam("asOf", "2099-01-01")
                .when().get("/api/v1/stats/dormant-links").then().extract().<List<String>>path("agreementId").contains(agreementId));
    }

    @Test
    void theFreshnessCountsEveryEventTheFiguresIncludeAndWhenTheLatestWasApplied() {
        long before = given().when().get("/api/v1/stats/freshness").then().statusCode(200)
                .extract().jsonPath().getLong("events");
        Instant sent = Instant.now();
        try (CloudEventPublisher publisher = publisher()) {
            String a = actor(publisher, "CN", "CN-GS", "030");
            String b = actor(publisher, "PE", "PE-CUS", "419");
            awaitApplied(agreement(publisher, a, b, "2012-06-01"));
        }
        var freshness = given().when().get("/api/v1/stats/freshness").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().jsonPath();
        assertThat(freshness.getInt("generation")).isEqualTo(projection.generation());
        assertThat(freshness.getLong("events")).as("two actors, a proposal and a signing").isGreaterThanOrEqualTo(before + 4);
        assertThat(Instant.parse(freshness.getString("lastAppliedAt"))).isAfter(sent.minusSeconds(1));
        assertThat(freshness.getLong("waiting")).isNotNegative();
    }

    @Test
    void everyTableIsAlsoCsv() {
        given().accept("text/csv").queryParam("level", "subdivision").when().get("/api/v1/stats/regions").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("region,country,actorsByKind."));
        given().accept("text/csv").when().get("/api/v1/stats/years").then().statusCode(200)
                .body(startsWith("year,agreementsSigned,missionsCompleted,conferences,statements,relationships\r\n"));
        for (String table : List.of("region-pairs", "actors/most-active", "dormant-links", "fields")) {
            given().accept("text/csv").when().get("/api/v1/stats/" + table).then().statusCode(200)
                    .contentType(startsWith("text/csv"));
        }
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        given().queryParam("level", "planet").when().get("/api/v1/stats/regions").then().statusCode(400)
                .contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("level"));
        given().queryParam("asOf", "someday").when().get("/api/v1/stats/years").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("limit", 0).when().get("/api/v1/stats/actors/most-active").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        // Past PostgreSQL's dates (once a 500) and not a number (once a 404): 400 naming the parameter.
        given().urlEncodingEnabled(false).queryParam("asOf", "%2B5874898-01-01").when()
                .get("/api/v1/stats/dormant-links").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("limit", "ten").when().get("/api/v1/stats/actors/most-active").then().statusCode(400)
                .contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("limit"));
        given().when().get("/api/v1/stats/years").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aLinkWithoutLaterContactIsDormantAndALaterConferenceWakesIt() {
        try (CloudEventPublisher publisher = publisher()) {
            String a = actor(publisher, "CN", "CN-HB", "030");
            String b = actor(publisher, "CL", "CL-BI", "419");
            String quiet = agreement(publisher, a, b, "2005-03-01");
            awaitApplied(quiet);

            given().queryParam("years", 5).queryParam("asOf", "2015-01-01").when().get("/api/v1/stats/dormant-links")
                    .then().body("agreementId", hasItem(quiet));
            given().queryParam("years", 5).queryParam("asOf", "2008-01-01").when().get("/api/v1/stats/dormant-links")
                    .then().body("agreementId", not(hasItem(quiet)));

            String conference = UUID.randomUUID().toString();
            publisher.send("paradiplomacy.conferences.v1", conference, UUID.randomUUID().toString(),
                    "org.paradiplomacy.conference.held.v1", 1, """
                    {"conferenceId": "%s", "title": "Forum", "host": "%s", "participants": ["%s"], "startsOn": "2013-05-10"}"""
                            .formatted(conference, a, b));
            await().atMost(Duration.ofSeconds(60)).until(() -> !given().queryParam("years", 5).queryParam("asOf", "2015-01-01")
                    .when().get("/api/v1/stats/dormant-links").then().extract().<List<String>>path("agreementId").contains(quiet));
            given().queryParam("limit", 500).queryParam("asOf", "2015-01-01").when().get("/api/v1/stats/actors/most-active")
                    .then().body("actorId", hasItem(a));
        }
    }

    @Test
    void aSigningKnownOnlyByADayCountsFromThatDayForEveryCountryPair() {
        try (CloudEventPublisher publisher = publisher()) {
            String reykjavik = actor(publisher, "IS", "IS-1", "154");
            String akureyri = actor(publisher, "IS", "IS-6", "154");
            String wellington = actor(publisher, "NZ", "NZ-WGN", "053");
            String attested = UUID.randomUUID().toString();
            publisher.send("paradiplomacy.agreements.v1", attested, UUID.randomUUID().toString(),
                    "org.paradiplomacy.agreement.proposed.v1", 1, """
                    {"agreementId": "%s", "kind": "sister-city", "title": "T", "parties": ["%s", "%s"]}"""
                            .formatted(attested, wellington, reykjavik));
            publisher.send("paradiplomacy.agreements.v1", attested, UUID.randomUUID().toString(),
                    "org.paradiplomacy.agreement.signing-attested.v1", 2, """
                    {"agreementId": "%s", "signedNoLaterThan": "2020-06-01"}""".formatted(attested));
            awaitApplied(agreement(publisher, reykjavik, akureyri, "2021-01-01"));

            given().queryParam("country", "IS").queryParam("asOf", "2021-06-01").when().get("/api/v1/stats/country-pairs")
                    .then().statusCode(200)
                    .body("find { it.otherCountry == 'NZ' }.country", equalTo("IS"))
                    .body("find { it.otherCountry == 'NZ' }.agreements", equalTo(1))
                    .body("find { it.otherCountry == 'NZ' }.active", equalTo(1))
                    .body("find { it.otherCountry == 'IS' }.agreements", equalTo(1));
            given().queryParam("country", "IS").queryParam("asOf", "2020-05-31").when().get("/api/v1/stats/country-pairs")
                    .then().body("size()", equalTo(0));
            given().queryParam("limit", 500).queryParam("asOf", "2020-06-01").when().get("/api/v1/stats/actors/most-active")
                    .then().body("actorId", hasItem(wellington));
            given().accept("text/csv").queryParam("country", "NZ").when().get("/api/v1/stats/country-pairs").then()
                    .statusCode(200).body(startsWith("country,otherCountry,agreements,active,relationships,share\r\nIS,NZ,1,1,1,1.0\r\n"));
        }
    }

    @Test
    void theStreamSendsTheFiguresOnConnectAndAgainWhenTheyChange() throws Exception {
        List<String> data = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<Void> reading = client.sendAsync(HttpRequest.newBuilder(stream.toURI())
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream())
                .thenAccept(response -> {
                    try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                            if (line.startsWith("data:")) {
                                data.add(line);
                            }
                        }
                    } catch (IOException e) {
                        // the test ends the stream
                    }
                });
        try (CloudEventPublisher publisher = publisher()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !data.isEmpty());
            assertThat(data.getFirst()).startsWith("data:[").doesNotContain("\"ZZ\"");
            actor(publisher, "ZZ", "ZZ-01", "999");
            await().atMost(Duration.ofSeconds(60)).until(() -> data.stream().anyMatch(line -> line.contains("\"ZZ\"")));
        } finally {
            reading.cancel(true);
        }
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheStatisticsGoOn() {
        try (CloudEventPublisher publisher = publisher();
                TopicProbe letters = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                        "paradiplomacy.dlq." + LiveProjection.subscriptionName(projection.generation()))) {
            String broken = UUID.randomUUID().toString();
            publisher.send("paradiplomacy.agreements.v1", broken, UUID.randomUUID().toString(),
                    "org.paradiplomacy.agreement.signed.v1", 2, "{\"agreementId\": \"" + broken + "\"}");
            String a = actor(publisher, "CN", "CN-GD", "030");
            String b = actor(publisher, "PE", "PE-ARE", "419");
            String after = agreement(publisher, a, b, "2004-10-27");

            ConsumerRecord<String, String> letter = letters.awaitRecordsWithKeys(List.of(broken), 1).getFirst();
            assertThat(new String(letter.headers().lastHeader("dlq_reason").value(), StandardCharsets.UTF_8))
                    .contains("signedOn is missing");
            awaitApplied(after);
        }
    }

    @Test
    void aKnownTypeAtAVersionTheStatisticsCannotReadIsDeadLetteredNotCountedAndNotMarkedProcessed() throws Exception {
        try (CloudEventPublisher publisher = publisher();
                TopicProbe letters = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                        "paradiplomacy.dlq." + LiveProjection.subscriptionName(projection.generation()))) {
            String id = UUID.randomUUID().toString();
            String eventId = UUID.randomUUID().toString();
            publisher.send("paradiplomacy.actors.v1", id, eventId, "org.paradiplomacy.actor.registered.v2", 1, """
                    {"actorId": "%s", "kind": "city", "names": {"en": "V2"}, "place": {"country": "VU"}}""".formatted(id));
            String a = actor(publisher, "CN", "CN-GD", "030");
            String b = actor(publisher, "PE", "PE-ARE", "419");
            String after = agreement(publisher, a, b, "2004-10-27");

            ConsumerRecord<String, String> letter = letters.awaitRecordsWithKeys(List.of(id), 1).getFirst();
            assertThat(new String(letter.headers().lastHeader("dlq_reason").value(), StandardCharsets.UTF_8))
                    .contains("actor.registered at version 2 cannot be read");
            awaitApplied(after);
            given().queryParam("level", "country").when().get("/api/v1/stats/regions").then()
                    .body("region", not(hasItem("VU")));
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT count(*) FROM processed_events WHERE event_id = ?")) {
                query.setString(1, eventId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    assertThat(row.getLong(1)).isZero();
                }
            }
        }
    }

    @Test
    void aRegistrationRepublishedAfterACorrectionStillCountsTheActorsKind() {
        try (CloudEventPublisher publisher = publisher()) {
            String id = UUID.randomUUID().toString();
            String place = "\"place\": {\"country\": \"NR\", \"m49Region\": \"009\", \"m49Subregion\": \"057\"}";
            publisher.send("paradiplomacy.actors.v1", id, UUID.randomUUID().toString(),
                    "org.paradiplomacy.actor.details-corrected.v1", 2,
                    "{\"actorId\": \"%s\", \"names\": {\"en\": \"Yaren\"}, %s}".formatted(id, place));
            publisher.send("paradiplomacy.actors.v1", id, UUID.randomUUID().toString(),
                    "org.paradiplomacy.actor.registered.v1", 1,
                    "{\"actorId\": \"%s\", \"kind\": \"city\", \"names\": {\"en\": \"Yaren\"}, %s}".formatted(id, place));

            await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(1).equals(given()
                    .queryParam("level", "country").when().get("/api/v1/stats/regions").then()
                    .extract().path("find { it.region == 'NR' }.actorsByKind.city")));
        }
    }

    @Test
    void freshnessIsInHealthAndMetrics() {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().when().get("/q/health/well").then().statusCode(200)
                .extract().<Integer>path("checks.find { it.name == 'statistics-projection' }.data.lagEvents") == 0);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("observatory_projection_lag_events"))
                .body(containsString("observatory_projection_lag_seconds"));
    }

    @Test
    void aRebuildGivesTheSameFiguresAndSwitchesOverInOneStep() {
        Map<String, String> before = snapshot();
        int generation = given().when().get("/api/v1/admin/rebuild").then().extract().path("activeGeneration");

        given().when().post("/api/v1/admin/rebuild").then().statusCode(202).body("state", equalTo("running"))
                .body("generation", equalTo(generation + 1));
        given().when().post("/api/v1/admin/rebuild").then().statusCode(409).contentType(startsWith(PROBLEM));
        await().atMost(Duration.ofSeconds(120)).until(() ->
                "done".equals(given().when().get("/api/v1/admin/rebuild").then().extract().path("state")));

        given().when().get("/api/v1/admin/rebuild").then().body("activeGeneration", equalTo(generation + 1));
        assertThat(snapshot()).isEqualTo(before);
    }

    private static Map<String, String> snapshot() {
        Map<String, String> figures = new TreeMap<>();
        for (String table : List.of("regions?level=subdivision", "regions?level=country", "regions?level=m49",
                "region-pairs", "region-pairs?counterpart=subdivision", "years", "actors/most-active?limit=500",
                "dormant-links?years=3", "fields")) {
            for (String day : List.of("2000-01-01", "2015-06-30", "2099-01-01")) {
                String path = "/api/v1/stats/" + table + (table.contains("?") ? "&" : "?") + "asOf=" + day;
                figures.put(path, given().when().get(path).then().statusCode(200).extract().asString());
            }
        }
        return figures;
    }
}
