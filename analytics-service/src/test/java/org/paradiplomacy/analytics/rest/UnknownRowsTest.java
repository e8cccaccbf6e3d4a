package org.paradiplomacy.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Records whose actors have no region at a level are in an explicit {@code unknown} row (at the level of
 * subdivisions, one per country) with its share of the table, in every table grouped by region, and the records
 * behind it are found with {@code region=unknown}; relationships count each pair of actors once.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-admin"), @Claim(key = "preferred_username", value = "admin"),
        @Claim(key = "azp", value = "observatory-cli")})
class UnknownRowsTest {

    @Test
    void actorsWithoutASubdivisionAreInTheirCountrysUnknownRowWithItsShareAndItsRecords() {
        try (Events events = new Events()) {
            // Given one placed and two unplaced cities of XF, each with agreements with a city of XH
            String placed = events.city("XF", "XF-1", "030");
            String unplaced = events.city("XF", null, "030");
            String other = events.city("XF", null, "030");
            String partner = events.city("XH", "XH-1", "030");
            events.agreement("2015-01-01", placed, partner);
            events.agreement("2015-01-01", unplaced, partner);
            events.agreement("2017-01-01", unplaced, partner);
            events.agreement("2016-01-01", partner, other);

            // When the subdivisions of XF are asked for
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<String, Object> unknown = subdivisions("XF").getMap("find { it.region == 'unknown' }");
                return unknown != null && Integer.valueOf(3).equals(unknown.get("activeAgreements"));
            });
            JsonPath table = subdivisions("XF");

            // Then the unplaced cities are a row of their own, with three of the four agreements in two relationships
            assertThat(table.<String>getList("region")).containsExactly("XF-1", "unknown");
            assertThat(table.getMap("find { it.region == 'unknown' }")).containsEntry("country", "XF")
                    .containsEntry("actorsByKind", Map.of("city", 2)).containsEntry("relationships", 2)
                    .containsEntry("share", 0.75f);
            assertThat(table.getMap("find { it.region == 'XF-1' }")).doesNotContainKey("country")
                    .containsEntry("relationships", 1).containsEntry("share", 0.25f);
            // and its records are the figure's
            given().queryParam("region", "unknown").queryParam("level", "subdivision").queryParam("country", "XF")
                    .queryParam("type", "agreement").when().get("/api/v1/stats/records").then().statusCode(200)
                    .body("total", equalTo(3));
            given().queryParam("region", "unknown").queryParam("level", "subdivision").queryParam("country", "XF")
                    .queryParam("type", "actor").when().get("/api/v1/stats/records").then().body("total", equalTo(2));
            // and the CSV has the row too
            given().accept("text/csv").queryParam("level", "subdivision").queryParam("country", "XF").when()
                    .get("/api/v1/stats/regions").then().statusCode(200).body(startsWith("region,country,actorsByKind.city,"))
                    .body(containsString("\r\nXF-1,,1,")).body(containsString("\r\nunknown,XF,2,"));
        }
    }

    @Test
    void aRegionPairWithoutAProvinceOrSubdivisionIsUnknownOnThatSide() {
        try (Events events = new Events()) {
            String chinese = events.city("CN", null, "030");
            String unplaced = events.city("XM", null, "419");
            String placed = events.city("XM", "XM-1", "419");
            events.agreement("2015-01-01", chinese, unplaced);
            events.agreement("2016-01-01", chinese, placed);
            events.agreement("2018-01-01", placed, chinese);

            await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(3).equals(given().when()
                    .get("/api/v1/stats/region-pairs").then().extract()
                    .path("find { it.china == 'unknown' && it.counterpart == 'XM' }.agreements")));
            given().when().get("/api/v1/stats/region-pairs").then()
                    .body("find { it.china == 'unknown' && it.counterpart == 'XM' }.relationships", equalTo(2));
            JsonPath bySubdivision = given().queryParam("counterpart", "subdivision").when()
                    .get("/api/v1/stats/region-pairs").then().statusCode(200).extract().jsonPath();
            assertThat(bySubdivision.getMap("find { it.china == 'unknown' && it.counterpartCountry == 'XM' }"))
                    .containsEntry("counterpart", "unknown").containsEntry("agreements", 1)
                    .containsEntry("relationships", 1);
            assertThat(bySubdivision.getMap("find { it.china == 'unknown' && it.counterpart == 'XM-1' }"))
                    .containsEntry("agreements", 2).containsEntry("active", 2).containsEntry("relationships", 1)
                    .doesNotContainKey("counterpartCountry");
            given().queryParam("type", "agreement").queryParam("region", "unknown").queryParam("level", "subdivision")
                    .queryParam("country", "CN").queryParam("counterpart", "unknown")
                    .queryParam("counterpartLevel", "subdivision").queryParam("counterpartCountry", "XM").when()
                    .get("/api/v1/stats/records").then().statusCode(200).body("total", equalTo(1));
        }
    }

    @Test
    void theUnknownRegionNeedsItsLevelAndACounterpartCountryItsCounterpart() {
        given().queryParam("region", "unknown").when().get("/api/v1/stats/records").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("level"));
        given().queryParam("region", "CN").queryParam("counterpartCountry", "BR").when().get("/api/v1/stats/records")
                .then().statusCode(400).body("errors[0].field", equalTo("counterpartCountry"));
        given().queryParam("region", "CN").queryParam("counterpart", "unknown").queryParam("counterpartLevel", "subdivision")
                .queryParam("counterpartCountry", "Brazil").when().get("/api/v1/stats/records").then().statusCode(400)
                .body("errors[0].field", equalTo("counterpartCountry"));
    }

    private static JsonPath subdivisions(String country) {
        return given().queryParam("level", "subdivision").queryParam("country", country).when()
                .get("/api/v1/stats/regions").then().statusCode(200).extract().jsonPath();
    }
}
