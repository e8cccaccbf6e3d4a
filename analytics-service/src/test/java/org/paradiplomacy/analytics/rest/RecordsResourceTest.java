package org.paradiplomacy.analytics.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.testing.CloudEventPublisher;
import org.paradiplomacy.testing.ObservatoryTestResource;

/**
 * Dates at their precision, as of a day and in a year (docs/decisions/0013), the sourced filter, and the
 * drill-down to the records behind a figure, through the API with v2 events recorded at chosen times.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"admin", "editor", "reader"})
@OidcSecurity(claims = {@Claim(key = "sub", value = "test-admin"), @Claim(key = "preferred_username", value = "admin"),
        @Claim(key = "azp", value = "observatory-cli")})
class RecordsResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SOURCES = """
            [{"title": "Provincial tour ends with a signing", "url": "https://www.gov.cn/2019/tour.html",
              "publishedOn": "2019", "language": "zh"},
             {"title": "Second account", "url": "https://www.example.org/2019/signing"}]""";

    /** Made on first use: the broker starts with the application, after this class is loaded. */
    private static CloudEventPublisher publisher;

    private static synchronized CloudEventPublisher publisher() {
        if (publisher == null) {
            publisher = new CloudEventPublisher(ObservatoryTestResource.broker().bootstrapServers());
        }
        return publisher;
    }

    @AfterAll
    static synchronized void closePublisher() {
        if (publisher != null) {
            publisher.close();
            publisher = null;
        }
    }

    /** Publishes as the relay does, with the time the event was recorded. */
    private static void send(String topic, String stream, String type, long version, String time, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, stream, payload);
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "org.paradiplomacy." + type,
                        "ce_source", "/test", "ce_subject", stream, "ce_time", time, "content-type", "application/json",
                        "ce_streamversion", Long.toString(version))
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        publisher().send(record);
    }

    private static String actor(String country, String subdivision) {
        String id = UUID.randomUUID().toString();
        send("paradiplomacy.actors.v1", id, "actor.registered.v1", 1, "2026-01-01T00:00:00Z", """
                {"actorId": "%s", "kind": "city", "names": {"en": "City %s"}, "place": {"country": "%s",
                 "subdivision": "%s", "m49Region": "x", "m49Subregion": "999"}}""".formatted(id, subdivision, country, subdivision));
        return id;
    }

    /** An agreement between two actors signed on {@code signedOn} (any precision), recorded at {@code recordedAt}. */
    private static String signed(String a, String b, String signedOn, String recordedAt, String sources) {
        String id = UUID.randomUUID().toString();
        send("paradiplomacy.agreements.v1", id, "agreement.proposed.v2", 1, recordedAt, """
                {"agreementId": "%s", "kind": "sister-city", "title": "Signed %s", "fields": ["trade"],
                 "parties": [{"actorId": "%s", "name": "A", "country": "XX"}, {"actorId": "%s"}]}""".formatted(id, signedOn, a, b));
        send("paradiplomacy.agreements.v1", id, "agreement.signed.v2", 2, recordedAt, """
                {"agreementId": "%s", "signedOn": "%s", "parties": [{"actorId": "%s"}, {"actorId": "%s"}]%s}"""
                .formatted(id, signedOn, a, b, sources == null ? "" : ", \"sources\": " + sources));
        return id;
    }

    private static RequestSpecification records(String region, String counterpart) {
        return given().queryParam("region", region).queryParam("counterpart", counterpart).queryParam("type", "agreement");
    }

    private static void awaitRecord(String region, String counterpart, String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> records(region, counterpart).queryParam("asOf", "2099-01-01")
                .when().get("/api/v1/stats/records").then().extract().<List<String>>path("items.id").contains(id));
    }

    @Test
    void aSigningDatedToTheYearAndRecordedLaterCountsFromTheYearsEndAndInItsYear() {
        String a = actor("QA", "QA-DA");
        String b = actor("QC", "QC-01");
        String late = signed(a, b, "2019", "2026-12-01T08:00:00Z", SOURCES);
        awaitRecord("QA", "QC", late);

        records("QA", "QC").queryParam("asOf", "2019-06-30").when().get("/api/v1/stats/records").then()
                .statusCode(200).body("total", equalTo(0));
        records("QA", "QC").queryParam("asOf", "2019-12-31").when().get("/api/v1/stats/records").then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].status", equalTo("signed"))
                .body("items[0].steps.find { it.step == 'signed' }.date", equalTo("2019"))
                .body("items[0].steps.find { it.step == 'signed' }.precision", equalTo("year"))
                .body("items[0].steps.find { it.step == 'signed' }.countsFrom", equalTo("2019-12-31"))
                // A proposal without a date of its own counts from the signing and shows none.
                .body("items[0].steps.find { it.step == 'proposed' }.date", equalTo(null))
                .body("items[0].sources.title", equalTo(List.of("Provincial tour ends with a signing", "Second account")))
                .body("items[0].sources[0].publishedOn", equalTo("2019"))
                .body("items[0].sourced", equalTo(true))
                .body("items[0].actors.find { it.actorId == '" + a + "' }.subdivision", equalTo("QA-DA"));
        given().queryParam("country", "QA").queryParam("asOf", "2019-06-30").when().get("/api/v1/stats/country-pairs")
                .then().body("size()", equalTo(0));
        given().queryParam("country", "QA").queryParam("asOf", "2019-12-31").when().get("/api/v1/stats/country-pairs")
                .then().body("find { it.otherCountry == 'QC' }.agreements", equalTo(1));
        // In the 2019 row of the years, and the row's drill-down holds it.
        int signed2019 = given().when().get("/api/v1/stats/years").then().statusCode(200)
                .extract().path("find { it.year == 2019 }.agreementsSigned");
        given().queryParam("year", 2019).queryParam("type", "agreement").when().get("/api/v1/stats/records").then()
                .body("total", equalTo(signed2019)).body("items.id", hasItem(late));
        given().queryParam("year", 2019).queryParam("region", "QA").when().get("/api/v1/stats/records").then()
                .body("total", equalTo(1));
        given().queryParam("level", "subdivision").when().get("/api/v1/stats/regions").then()
                .body("find { it.region == 'QA-DA' }.firstActivity", equalTo("2019"));
    }

    @Test
    void aYearRecordedWithinItCountsFromTheDayRecordedAndAMonthFromItsLastDay() {
        String a = actor("QD", "QD-01");
        String b = actor("QE", "QE-01");
        String early = signed(a, b, "2019", "2019-03-10T15:00:00Z", null);
        String month = signed(a, b, "2020-02", "2021-05-01T00:00:00Z", null);
        awaitRecord("QD", "QE", early);
        awaitRecord("QD", "QE", month);

        records("QD", "QE").queryParam("asOf", "2019-03-09").when().get("/api/v1/stats/records").then()
                .body("total", equalTo(0));
        records("QD", "QE").queryParam("asOf", "2019-03-10").when().get("/api/v1/stats/records").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(early))
                .body("items[0].steps.find { it.step == 'signed' }.countsFrom", equalTo("2019-03-10"));
        records("QD", "QE").queryParam("asOf", "2020-02-28").when().get("/api/v1/stats/records").then()
                .body("total", equalTo(1));
        records("QD", "QE").queryParam("asOf", "2020-02-29").when().get("/api/v1/stats/records").then()
                .body("total", equalTo(2)).body("items[0].id", equalTo(month))
                .body("items[0].steps.find { it.step == 'signed' }.date", equalTo("2020-02"))
                .body("items[0].steps.find { it.step == 'signed' }.precision", equalTo("month"))
                .body("items[0].steps.find { it.step == 'signed' }.countsFrom", equalTo("2020-02-29"));
    }

    @Test
    void sourcedTrueLeavesOutTheRecordsWithoutASource() {
        String a = actor("QF", "QF-01");
        String b = actor("QG", "QG-01");
        String withSource = signed(a, b, "2018-05", "2018-05-20T00:00:00Z", SOURCES);
        String without = signed(a, b, "2018-06-01", "2018-06-01T00:00:00Z", null);
        awaitRecord("QF", "QG", withSource);
        awaitRecord("QF", "QG", without);

        given().queryParam("country", "QF").when().get("/api/v1/stats/country-pairs").then()
                .body("find { it.otherCountry == 'QG' }.agreements", equalTo(2));
        given().queryParam("country", "QF").queryParam("sourced", true).when().get("/api/v1/stats/country-pairs").then()
                .body("find { it.otherCountry == 'QG' }.agreements", equalTo(1));
        given().queryParam("level", "country").queryParam("sourced", "true").when().get("/api/v1/stats/regions").then()
                .body("find { it.region == 'QF' }.agreementsByStatus.signed", equalTo(1))
                // The actors themselves cite no source.
                .body("find { it.region == 'QF' }.actorsByKind.city", equalTo(null));
        records("QF", "QG").queryParam("sourced", true).when().get("/api/v1/stats/records").then()
                .body("total", equalTo(1)).body("items.id", equalTo(List.of(withSource)));
        records("QF", "QG").when().get("/api/v1/stats/records").then()
                .body("total", equalTo(2)).body("items.find { it.id == '" + without + "' }.sourced", equalTo(false))
                .body("items.find { it.id == '" + without + "' }.sources.size()", equalTo(0));
        for (String table : List.of("regions", "region-pairs", "country-pairs", "years", "actors/most-active",
                "dormant-links", "fields", "records")) {
            given().queryParam("sourced", "true").when().get("/api/v1/stats/" + table).then().statusCode(200);
        }
    }

    @Test
    void theActorsAndMembershipsBehindTheirCountsWithTheirSources() {
        String city = actor("QM", "QM-01");
        String network = UUID.randomUUID().toString();
        send("paradiplomacy.actors.v1", network, "actor.registered.v1", 1, "2026-01-01T00:00:00Z", """
                {"actorId": "%s", "kind": "network", "names": {"en": "UCLG"}, "place": {}}""".formatted(network));
        send("paradiplomacy.actors.v1", city, "actor.network-membership-started.v2", 2, "2026-12-01T08:00:00Z", """
                {"actorId": "%s", "networkId": "%s", "since": "2004", "sources": %s}""".formatted(city, network, SOURCES));
        await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(1).equals(given().queryParam("level", "country")
                .when().get("/api/v1/stats/regions").then().extract().path("find { it.region == 'QM' }.networkMemberships")));

        given().queryParam("type", "actor").queryParam("region", "QM").queryParam("kind", "city").when()
                .get("/api/v1/stats/records").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(city)).body("items[0].type", equalTo("actor"))
                .body("items[0].status", equalTo("active")).body("items[0].sourced", equalTo(false))
                .body("items[0].actors[0].subdivision", equalTo("QM-01"));
        given().queryParam("type", "membership").queryParam("region", "QM-01").queryParam("asOf", "2004-12-30").when()
                .get("/api/v1/stats/records").then().body("total", equalTo(0));
        given().queryParam("type", "membership").queryParam("region", "QM-01").queryParam("asOf", "2004-12-31").when()
                .get("/api/v1/stats/records").then().body("total", equalTo(1))
                .body("items[0].title", equalTo("UCLG")).body("items[0].status", equalTo("member"))
                .body("items[0].steps[0].date", equalTo("2004")).body("items[0].steps[0].countsFrom", equalTo("2004-12-31"))
                .body("items[0].actors.role", equalTo(List.of("member", "network")))
                .body("items[0].sources[0].title", equalTo("Provincial tour ends with a signing"))
                .body("items[0].sourced", equalTo(true));
        given().queryParam("type", "actor").queryParam("region", "QM").queryParam("sourced", true).when()
                .get("/api/v1/stats/records").then().body("total", equalTo(0));
    }

    @Test
    void theRecordsAreAlsoCsvWithTheirDatesAsGiven() {
        String a = actor("QH", "QH-01");
        String b = actor("QJ", "QJ-01");
        String id = signed(a, b, "2017", "2026-12-01T08:00:00Z", SOURCES);
        awaitRecord("QH", "QJ", id);
        // The actors of one role in the order of their ids.
        boolean aFirst = a.compareTo(b) < 0;
        String actors = aFirst ? "City QH-01 (party, QH-01); City QJ-01 (party, QJ-01)"
                : "City QJ-01 (party, QJ-01); City QH-01 (party, QH-01)";
        String ids = aFirst ? a + "; " + b : b + "; " + a;

        records("QH", "QJ").accept("text/csv").when().get("/api/v1/stats/records").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("X-Total-Count", "1")
                .body(startsWith("id,type,kind,title,status,sourced,steps,countsFrom,actors,actorIds,sources\r\n" + id
                        + ",agreement,sister-city,Signed 2017,signed,true,proposed; signed 2017,"
                        + "proposed 2017-12-31; signed 2017-12-31,\"" + actors + "\","
                        + ids + ",Provincial tour ends with a signing <https://www.gov.cn/2019/tour.html>;"
                        + " Second account <https://www.example.org/2019/signing>\r\n"));
    }

    @Test
    void theRecordsArePagedWithTheirTotal() {
        String a = actor("QK", "QK-01");
        String b = actor("QL", "QL-01");
        String last = null;
        for (int i = 0; i < 3; i++) {
            last = signed(a, b, "201" + i, "2026-12-01T08:00:00Z", null);
        }
        awaitRecord("QK", "QL", last);
        records("QK", "QL").queryParam("size", 2).when().get("/api/v1/stats/records").then()
                .body("total", equalTo(3)).body("items.size()", equalTo(2)).body("page", equalTo(0))
                .body("items[0].id", equalTo(last));
        records("QK", "QL").queryParam("size", 2).queryParam("page", 1).when().get("/api/v1/stats/records").then()
                .body("total", equalTo(3)).body("items.size()", equalTo(1));
        records("QK", "QL").queryParam("size", 2).queryParam("page", 7).when().get("/api/v1/stats/records").then()
                .body("total", equalTo(3)).body("items.size()", equalTo(0));
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        Map<String, Map<String, String>> bad = Map.of(
                "type", Map.of("type", "treaty"),
                "status", Map.of("status", "ratified"),
                "role", Map.of("role", "mayor", "region", "CN"),
                "region", Map.of("region", "china"),
                "counterpart", Map.of("counterpart", "BR"),
                "level", Map.of("region", "CN-HB", "level", "planet"),
                "year", Map.of("year", "2019-05"),
                "size", Map.of("size", "501"),
                "sourced", Map.of("sourced", "yes"),
                "asOf", Map.of("asOf", "2019"));
        bad.forEach((field, parameters) -> given().queryParams(parameters).when().get("/api/v1/stats/records").then()
                .statusCode(400).contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo(field)));
        given().queryParam("sourced", "yes").when().get("/api/v1/stats/years").then().statusCode(400)
                .body("errors[0].field", equalTo("sourced"));
        given().queryParam("region", "CN-HB").queryParam("level", "country").when().get("/api/v1/stats/records").then()
                .statusCode(400).body("errors[0].field", equalTo("region"))
                .body("errors[0].message", containsString("not a code at the level country"));
        given().queryParam("type", "actor").queryParam("status", "signed").when().get("/api/v1/stats/records").then()
                .statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("does not apply to type=actor"));
        given().queryParam("page", -1).when().get("/api/v1/stats/records").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void theOpenApiDocumentTellsHowToGetTheRecordsOfEveryStatistic() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/stats/records'.get.operationId", equalTo("statisticRecords"))
                .body("paths.'/api/v1/stats/records'.get.responses.'200'.content.'text/csv'", not(equalTo(null)))
                .body("paths.'/api/v1/stats/region-pairs'.get.description", containsString("/api/v1/stats/records"))
                .body("paths.'/api/v1/stats/country-pairs'.get.description", containsString("/api/v1/stats/records"))
                .body("paths.'/api/v1/stats/regions'.get.description", containsString("/api/v1/stats/records"))
                .body("paths.'/api/v1/stats/years'.get.description", containsString("/api/v1/stats/records"))
                .body("paths.'/api/v1/stats/fields'.get.description", containsString("/api/v1/stats/records"));
    }
}
