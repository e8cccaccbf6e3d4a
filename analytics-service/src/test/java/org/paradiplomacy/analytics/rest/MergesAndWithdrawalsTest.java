package org.paradiplomacy.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.analytics.projection.LiveProjection;
import org.paradiplomacy.testing.CloudEventPublisher;
import org.paradiplomacy.testing.ObservatoryTestResource;
import org.paradiplomacy.testing.TopicProbe;

/**
 * Merges, withdrawals, supersessions and corrections as the statistics count them: given the events, when a figure
 * is asked, then it is as if the duplicate had always been its survivor, the withdrawn record had never been, the
 * upgraded agreement had been in force until its upgrade, and the corrected record had been recorded corrected.
 * Each test has countries of its own.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-admin"), @Claim(key = "preferred_username", value = "admin"),
        @Claim(key = "azp", value = "observatory-cli")})
class MergesAndWithdrawalsTest {

    @Inject
    LiveProjection projection;

    private static JsonPath regions(String level, String country, String asOf) {
        return given().queryParam("level", level).queryParam("country", country).queryParam("asOf", asOf)
                .when().get("/api/v1/stats/regions").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath table, String region) {
        return table.getMap("find { it.region == '" + region + "' }");
    }

    private static long total(String query) {
        return given().when().get("/api/v1/stats/records?" + query).then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    @Test
    void aMergedActorCountsAsItsSurvivorAtEveryDateAlsoThroughAChainAndWhenTheMergeArrivesLast() {
        try (Events events = new Events()) {
            // Given Wuhan recorded three times, each copy with an agreement with Concepción, and one between copies
            String wuhan = events.city("XA", "XA-1", "030");
            String copy = events.city("XA", "XA-1", "030");
            String copyOfCopy = events.city("XA", "XA-2", "030");
            String concepcion = events.city("XB", "XB-1", "419");
            events.agreement("2016-05-01", wuhan, concepcion);
            events.agreement("2019-05-01", copy, concepcion);
            String third = events.agreement("2020-05-01", concepcion, copyOfCopy);
            String betweenCopies = events.agreement("2018-01-01", wuhan, copy);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<String, Object> xa = row(regions("country", "XA", "2099-01-01"), "XA");
                return xa != null && Integer.valueOf(4).equals(xa.get("activeAgreements"));
            });
            assertThat(row(regions("country", "XA", "2099-01-01"), "XA"))
                    .as("before the merges: three cities, four pairs").containsEntry("relationships", 4);

            // When the copy of the copy is merged into the copy, and then the copy into Wuhan
            events.merged(copyOfCopy, 2, copy);
            events.merged(copy, 2, wuhan);

            // Then Wuhan is one city with one relationship to Concepción, carried by three agreements
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    Integer.valueOf(1).equals(row(regions("country", "XA", "2099-01-01"), "XA").get("relationships")));
            Map<String, Object> xa = row(regions("country", "XA", "2099-01-01"), "XA");
            assertThat(xa.get("actorsByKind")).isEqualTo(Map.of("city", 1));
            assertThat(xa).containsEntry("activeAgreements", 4).containsEntry("share", 1.0f);
            JsonPath bySubdivision = regions("subdivision", "XA", "2099-01-01");
            assertThat(bySubdivision.getList("region")).as("the copies' own places count no more").containsExactly("XA-1");
            // As of a date before the copies' agreements, too
            assertThat(row(regions("country", "XA", "2017-01-01"), "XA"))
                    .containsEntry("activeAgreements", 1).containsEntry("relationships", 1);
            // The agreement between two copies is Wuhan's, but pairs Wuhan with no one
            JsonPath pairs = given().queryParam("country", "XB").when().get("/api/v1/stats/country-pairs").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(pairs.getMap("find { it.otherCountry == 'XB' }")).containsEntry("country", "XA")
                    .containsEntry("agreements", 3).containsEntry("active", 3).containsEntry("relationships", 1);
            given().queryParam("country", "XA").when().get("/api/v1/stats/country-pairs").then()
                    .body("find { it.country == 'XA' && it.otherCountry == 'XA' }", nullValue());
            assertThat(total("region=XA&type=agreement")).isEqualTo(4);
            JsonPath records = given().queryParam("region", "XA").queryParam("type", "agreement").when()
                    .get("/api/v1/stats/records").then().statusCode(200).extract().jsonPath();
            assertThat(records.<String>getList("items.find { it.id == '" + third + "' }.actors.actorId"))
                    .containsExactlyInAnyOrder(wuhan, concepcion);
            assertThat(records.<String>getList("items.find { it.id == '" + betweenCopies + "' }.actors.actorId"))
                    .containsExactly(wuhan);
            given().queryParam("limit", 500).when().get("/api/v1/stats/actors/most-active").then()
                    .body("actorId", hasItem(wuhan)).body("actorId", not(hasItem(copy)))
                    .body("actorId", not(hasItem(copyOfCopy)));
        }
    }

    @Test
    void aMergeWithoutASurvivorOrOfANewerVersionIsSetAsideInTheDeadLetterTopic() {
        try (CloudEventPublisher publisher = StatisticsResourceTest.publisher();
                TopicProbe letters = new TopicProbe(ObservatoryTestResource.broker().bootstrapServers(),
                        "paradiplomacy.dlq." + LiveProjection.subscriptionName(projection.generation()))) {
            String orphan = UUID.randomUUID().toString();
            String newer = UUID.randomUUID().toString();
            publisher.send("paradiplomacy.actors.v1", orphan, UUID.randomUUID().toString(),
                    "org.paradiplomacy.actor.merged.v1", 2, "{\"actorId\": \"" + orphan + "\"}");
            publisher.send("paradiplomacy.actors.v1", newer, UUID.randomUUID().toString(),
                    "org.paradiplomacy.actor.merged.v2", 2, "{\"actorId\": \"" + newer + "\", \"survivorId\": \"x\"}");

            Map<String, String> reasons = new java.util.HashMap<>();
            letters.awaitRecordsWithKeys(List.of(orphan, newer), 2).forEach(letter -> reasons.put(letter.key(),
                    new String(letter.headers().lastHeader("dlq_reason").value(), StandardCharsets.UTF_8)));
            assertThat(reasons.get(orphan)).contains("merged without a survivor");
            assertThat(reasons.get(newer)).contains("actor.merged at version 2 cannot be read");
        }
    }

    @Test
    void withdrawnActorsMembershipsAgreementsAndConferencesLeaveEveryFigureAtEveryDate() {
        try (Events events = new Events()) {
            String one = events.city("XC", "XC-1", "030");
            String two = events.city("XC", "XC-2", "030");
            String network = events.network();
            events.joined(one, 2, network, "2010");
            String mistaken = events.agreement("2015-03-01", one, two);
            events.agreement("2016-03-01", one, two);
            String conference = events.conference("2014-05-10", one, two);
            String ghost = events.city("XC", "XC-3", "030");
            events.agreement("2017-03-01", ghost, one);

            events.agreementWithdrawn(mistaken, 3, one, two);
            events.conferenceWithdrawn(conference, 2);
            events.membershipWithdrawn(one, 3, network);
            events.actorWithdrawn(ghost, 2);

            await().atMost(Duration.ofSeconds(60)).until(() -> {
                JsonPath table = regions("subdivision", "XC", "2099-01-01");
                Map<String, Object> xc1 = row(table, "XC-1");
                return xc1 != null && row(table, "XC-3") == null && Integer.valueOf(2).equals(xc1.get("activeAgreements"))
                        && Integer.valueOf(0).equals(xc1.get("networkMemberships"))
                        && Integer.valueOf(0).equals(xc1.get("conferences"));
            });
            assertThat(row(regions("subdivision", "XC", "2099-01-01"), "XC-1"))
                    .as("the withdrawn city takes part in nothing").containsEntry("relationships", 1);
            assertThat(row(regions("subdivision", "XC", "2099-01-01"), "XC-2")).containsEntry("activeAgreements", 1);
            Map<String, Object> before = row(regions("subdivision", "XC", "2015-06-01"), "XC-1");
            assertThat(before).containsEntry("activeAgreements", 0).containsEntry("conferences", 0)
                    .containsEntry("networkMemberships", 0).containsEntry("agreementsByStatus", Map.of());
            assertThat(total("region=XC-1&type=agreement")).isEqualTo(2);
            assertThat(total("region=XC-1&type=conference")).isZero();
            assertThat(total("region=XC-1&type=membership")).isZero();
            assertThat(total("region=XC&type=actor")).as("the withdrawn city is no actor").isEqualTo(2);
            given().queryParam("limit", 500).when().get("/api/v1/stats/actors/most-active").then()
                    .body("actorId", not(hasItem(ghost)));
        }
    }

    @Test
    void anUpgradedAgreementIsInForceUntilTheUpgradesSigningAndSupersededFromThen() {
        try (Events events = new Events()) {
            String one = events.city("XD", "XD-1", "030");
            String two = events.city("XD", "XD-2", "030");
            String letter = events.agreement("2015-03-01", one, two);
            String memorandum = events.agreement("2019-06-01", one, two);
            events.superseded(letter, 3, memorandum, "2019-06-01", one, two);

            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<String, Object> xd = row(regions("country", "XD", "2020-01-01"), "XD");
                return xd != null && Map.of("signed", 1, "superseded", 1).equals(xd.get("agreementsByStatus"));
            });
            assertThat(row(regions("country", "XD", "2020-01-01"), "XD")).containsEntry("activeAgreements", 1)
                    .containsEntry("relationships", 1).containsEntry("agreementsByKind", Map.of("sister-city", 2));
            assertThat(row(regions("country", "XD", "2018-01-01"), "XD")).containsEntry("activeAgreements", 1)
                    .containsEntry("agreementsByStatus", Map.of("signed", 1));
            assertThat(row(regions("country", "XD", "2019-06-01"), "XD"))
                    .as("from the upgrade's signing").containsEntry("agreementsByStatus", Map.of("signed", 1, "superseded", 1));
            given().queryParam("region", "XD").queryParam("type", "agreement").queryParam("status", "superseded")
                    .queryParam("asOf", "2020-01-01").when().get("/api/v1/stats/records").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].id", equalTo(letter))
                    .body("items[0].status", equalTo("superseded")).body("items[0].steps.step", hasItem("superseded"));
            assertThat(total("region=XD&type=agreement&status=signed&asOf=2018-01-01")).isEqualTo(1);
        }
    }

    @Test
    void aCorrectedConferenceOrStatementIsCountedAsCorrectedFromTheStart() {
        try (Events events = new Events()) {
            String first = events.city("XG", "XG-1", "030");
            String guest = events.city("XG", "XG-2", "030");
            String host = events.city("XG", "XG-3", "030");
            String conference = events.conference("2015-05-10", first, guest);
            String statement = events.statement("2016-01-01", first, guest);
            events.conferenceCorrected(conference, 2, "2012-03", host, guest);
            events.statementCorrected(statement, 2, "2013", host, guest);

            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<String, Object> corrected = row(regions("subdivision", "XG", "2099-01-01"), "XG-3");
                return corrected != null && Integer.valueOf(1).equals(corrected.get("conferences"))
                        && Integer.valueOf(1).equals(corrected.get("statements"));
            });
            assertThat(row(regions("subdivision", "XG", "2099-01-01"), "XG-1"))
                    .containsEntry("conferences", 0).containsEntry("statements", 0);
            assertThat(row(regions("subdivision", "XG", "2014-01-01"), "XG-3"))
                    .as("at the corrected dates").containsEntry("conferences", 1).containsEntry("statements", 1);
            assertThat(row(regions("subdivision", "XG", "2012-03-30"), "XG-3")).containsEntry("conferences", 0);
            given().queryParam("region", "XG-3").queryParam("type", "conference").queryParam("sourced", "true").when()
                    .get("/api/v1/stats/records").then().statusCode(200).body("total", equalTo(1))
                    .body("items[0].title", equalTo("Forum, corrected")).body("items[0].steps[0].date", equalTo("2012-03"))
                    .body("items[0].actors.actorId", equalTo(List.of(host, guest)));
            assertThat(total("region=XG-1")).isZero();
        }
    }
}
